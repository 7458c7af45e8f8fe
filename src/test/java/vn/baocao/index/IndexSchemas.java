package vn.baocao.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** Makes an index look written by another version: its commit names another schema. For tests. */
public final class IndexSchemas {
    private IndexSchemas() {
    }

    /** Commits the index in {@code dir} again, unchanged but for its schema version, now {@code schema}. */
    public static void stamp(Path dir, String schema) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir)) {
            Map<String, String> data;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                data = new HashMap<>(reader.getIndexCommit().getUserData());
            }
            data.put(Fields.SCHEMA_KEY, schema);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
        }
    }
}
