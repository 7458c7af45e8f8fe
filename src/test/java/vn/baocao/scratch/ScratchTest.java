package vn.baocao.scratch;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;
import vn.baocao.search.Intent;
import vn.baocao.search.Retriever;

class ScratchTest {
    @Test
    void print(@TempDir Path dir) throws Exception {
        try (ReportIndex index = ReportIndex.open(dir.resolve("i"))) {
            new Ingestor(new ReportParser(), index).ingestSamples();
            Retriever r = new Retriever(index);
            for (String q : java.nio.file.Files.readAllLines(Path.of("/tmp/scratch.txt"))) {
                Intent i = r.parse(q);
                System.out.println("Q " + q + "\n  form=" + i.form() + " speech=" + i.speechKind() + " person=" + i.person()
                        + " titles=" + i.titles() + " kind=" + i.conferenceKind() + "/" + i.kindOutright() + " years=" + i.years()
                        + "\n  topic=" + i.topic() + " topicText=" + i.topicText() + "\n  mentions=" + i.mentions() + "\n  text=" + i.text());
            }
        }
    }
}
