package vn.baocao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.FixedBitSet;
import vn.baocao.report.ReportInfo;

/**
 * Finds the report any document of one commit belongs to, without a search.
 *
 * <p>{@link ReportDocuments} writes a report as one block, its report document first, and Lucene keeps
 * the documents of one {@code updateDocuments} call together and in order in one segment (this index
 * has no index sort, which would break that). So a passage's or a statement's report is the last report
 * document at or before it, and the report's metadata is that document's {@link Fields#REPORT_RECORD}.
 *
 * <p>Why: every passage and statement document used to store its report's metadata — headline, URL,
 * source, conference — so a hit could be cited; that was ten stored fields per document to write,
 * compress and decompress. Immutable once built, for one commit; thread-safe.
 */
final class ReportBlocks {
    /** By segment ({@code LeafReaderContext.ord}): where its report documents are, deleted ones included. */
    private final List<FixedBitSet> reportDocs;

    private ReportBlocks(List<FixedBitSet> reportDocs) {
        this.reportDocs = reportDocs;
    }

    /** Where the report documents of {@code searcher}'s commit are. */
    static ReportBlocks of(IndexSearcher searcher) throws IOException {
        List<FixedBitSet> bySegment = new ArrayList<>();
        Term reports = new Term(Fields.TYPE, Fields.TYPE_REPORT);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet docs = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            // deleted report documents may stay: their whole block is deleted with them, so no live
            // document finds one as the last report document before it
            PostingsEnum postings = leaf.reader().postings(reports, PostingsEnum.NONE);
            if (postings != null) {
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    docs.set(doc);
                }
            }
            bySegment.add(docs);
        }
        return new ReportBlocks(bySegment);
    }

    /**
     * The report of document {@code doc} of {@code searcher}, the searcher this was built from.
     *
     * @throws IllegalStateException when no report document precedes {@code doc} in its segment, which
     *                               means the index was not written by {@link ReportDocuments}
     */
    ReportInfo reportOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int inLeaf = doc - leaf.docBase;
        int report = reportDocs.get(leaf.ord).prevSetBit(inLeaf);
        BinaryDocValues records = DocValues.getBinary(leaf.reader(), Fields.REPORT_RECORD);
        if (report < 0 || !records.advanceExact(report)) {
            throw new IllegalStateException("document " + doc + " has no report document before it in its segment");
        }
        return ReportRecords.decodeInfo(records.binaryValue(), new Interner());
    }
}
