package vn.baocao.index;

/**
 * The index schema: the name of every field and why it exists.
 *
 * <p>One index holds three kinds of document, told apart by {@link #TYPE}: one {@code report} document per
 * report (its metadata, content hash, people, speakers and participations), one {@code passage} document
 * per passage (the searchable text, and what searches filter on: dates, years, conference kind), and one
 * {@code statement} document per statement (its speaker and sentence, searchable, and its passage by
 * ordinal: citing reads the passage document). A report's documents are one block, report document
 * first, so a hit finds its report's metadata without a search ({@link ReportBlocks}). Every document
 * carries {@link #REPORT_ID}, which is what makes replacing a report one atomic update.
 */
public final class Fields {
    /**
     * Bumped whenever the schema, the analysis or what ingest extracts changes, so an old index is re-ingested
     * (or rejected) rather than misread or left with older meetings, people and statements.
     */
    public static final String SCHEMA_VERSION = "43";
    /** Commit user-data key holding {@link #SCHEMA_VERSION}; its absence means "not a baocao index". */
    public static final String SCHEMA_KEY = "baocao.schema";
    /**
     * Commit user-data key holding the list of everyone the committed reports name, computed as the
     * commit is written: a question needs it to recognise names, and building it from 100,000 reports'
     * doc values took most of a fresh process's first answer. Part of the commit, so never out of date.
     */
    public static final String PEOPLE_KEY = "baocao.people";

    /** "report" or "passage": searches filter on it, so report documents never compete with passages. */
    public static final String TYPE = "type";
    public static final String TYPE_REPORT = "report";
    public static final String TYPE_PASSAGE = "passage";
    public static final String TYPE_STATEMENT = "statement";

    /** Untokenized report id on every document: the key of {@code updateDocuments}, so re-ingesting is idempotent. */
    public static final String REPORT_ID = "report_id";
    /**
     * Digest of the cleaned text (report documents only), untokenized: ingest skips unchanged files and
     * finds the same article saved under another name.
     */
    public static final String CONTENT_HASH = "content_hash";

    /** A passage's ordinal in its report, stored on passage and statement documents. */
    public static final String PASSAGE_ORDINAL = "passage_ordinal";
    /**
     * "reportId#ordinal" on passage documents, untokenized and not stored: a statement or a source button
     * names its passage this way, and finding it must be one term lookup, not a scan of the report.
     */
    public static final String PASSAGE_KEY = "passage_key";
    /** The passage text, stored once; the analysed text fields below are indexed but not stored. */
    /** A passage's headings above it that it does not hold ({@link vn.baocao.report.Passage#section}); stored only. */
    public static final String SECTION = "section";
    public static final String TEXT = "text";
    /** Parallel stored lists of the people of a passage: names and their roles (a report's: {@link #PEOPLE_LIST}). */
    public static final String PERSON_NAME = "person_name";
    /** Stored on statement documents: who speaks and the role the report gives them. */
    public static final String SPEAKER_NAME = "speaker_name";
    public static final String SPEAKER_ROLE = "speaker_role";
    public static final String PERSON_ROLE = "person_role";
    /**
     * Report documents' people again, encoded by {@link StoredRecords}, as a doc value: a commit's list
     * of everyone the reports name ({@link #PEOPLE_KEY}) is computed from it, column-wise.
     */
    public static final String PEOPLE_LIST = "people_list";
    /** A report document's place in date order as a doc value: "yyyymmdd|id", undated ones "99999999|id". */
    public static final String REPORT_ORDER = "report_order";
    /** The speech verb of a statement document, stored ("" for a continuation). */
    public static final String VERB = "verb";
    /** The sentence of a statement document, stored. */
    public static final String SENTENCE = "sentence";
    /**
     * A statement document's report id, passage ordinal, speech verb and number among its report's
     * statements (from 0), as doc values: a what-said answer lists hundreds of statements to choose a
     * few, and reading the stored fields of each decompressed a block of documents every time. The
     * words, read for the few chosen, stay stored.
     */
    public static final String STATEMENT_REPORT = "statement_report";
    public static final String STATEMENT_PASSAGE = "statement_passage";
    public static final String STATEMENT_VERB = "statement_verb";
    public static final String STATEMENT_NUMBER = "statement_number";
    /**
     * A report document's metadata as a doc value ({@link ReportRecords}): the report list is read from
     * it, column-wise, instead of from stored fields kept in blocks with passage text; a passage or
     * statement hit reads its report's ({@link ReportBlocks}).
     */
    public static final String REPORT_RECORD = "report_record";
    /**
     * A report document's participations (who, role, part, connection point, the sentence that says it,
     * its passage's ordinal) and the speaker of each statement, as a doc value ({@link ReportRecords}):
     * the conferences and the speakers are listed from it; a citation reads the passage by its key.
     */
    public static final String REPORT_ROLES = "report_roles";

    /**
     * The headline, folded, searchable on passage documents only (a field of its own, since Lucene wants
     * one field indexed alike everywhere): matching the report's title is a modest sign its passages
     * are on topic.
     */
    public static final String TITLE = "title";
    /** Conference kind (enum name), untokenized: questions naming "tổng kết", "sơ kết"... boost it. */
    public static final String KIND = "kind";
    /** Conference number ("lần thứ 32") as a point: questions naming it boost it. */
    public static final String ORDINAL = "conference_ordinal";
    /**
     * The year the report is dated AND the year its conference reviews (a January 2023 year-end review
     * covers 2022), as points: "năm 2022" must find that review whichever year the user means.
     */
    public static final String YEARS = "years";
    /** The day the conference was held as yyyymmdd, a point for date-range filters. */
    public static final String EVENT_DATE = "event_date";

    /** Syllables as written (NFKC case-folded, tone placement canonical): rewards an exact accented match. */
    public static final String EXACT = "exact";
    /** Syllables without accents: "bui thanh son" matches "Bùi Thanh Sơn"; most questions are typed like that. */
    public static final String FOLD = "fold";
    /**
     * Adjacent syllable pairs of {@link #FOLD}: Vietnamese words are 2–3 syllables, so pairs are
     * word-like; the strongest single signal in the measurements (DESIGN §8). There is no pair field of
     * {@link #EXACT}: it did not help on the question set (README §Search quality) and cost a quarter of
     * the writer's time.
     */
    public static final String FOLD2 = "fold2";
    /**
     * Normalised day/month(/year) tokens ("5/7", "5/7/2023") of the dates the passage text mentions,
     * because the tokenizer splits "5/7" into two unrelated numbers. Only text dates, so that "has a
     * date" can favour passages that can answer a "khi nào" question.
     */
    public static final String DATES = "dates";
    /**
     * The day the passage's conference was held, untokenized, as "5/7" and "5/7/2023": "ngày 5/7" in a
     * question points at the conference of 5/7 even where a passage does not repeat the date.
     */
    public static final String HELD_ON = "held_on";
    /**
     * Folded names of the passage's people, one value per person: a passage that only says "Bộ trưởng"
     * but which ingest resolved to Bùi Thanh Sơn still matches "bui thanh son".
     */
    public static final String PEOPLE = "people";
    /**
     * A statement's sentence, folded. A field of its own, so statements (which repeat passage text) leave
     * the passage fields' term statistics untouched. Its syllable pairs were indexed too, until they
     * proved to change no answer of the bench's question mix while being a quarter of all terms indexed.
     */
    public static final String SAID = "said";
    /** A statement's speaker, folded: "pham minh chinh" finds what Phạm Minh Chính said. */
    public static final String SPEAKER = "speaker";

    private Fields() {
    }
}
