package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.index.ReportIndex;
import vn.baocao.index.SampleReports;

class ConcurrentSearchTest {
    @TempDir
    Path dir;

    @Test
    void searchesFromSeveralThreadsSeeWholeCommitsWhileAnotherThreadWrites() throws Exception {
        try (ReportIndex index = ReportIndex.open(dir)) {
            index.put(SampleReports.MID_YEAR_2023);
            index.commit();
            Retriever retriever = new Retriever(index);
            Intent intent = retriever.parse("bui thanh son");
            // with the first report only, then with all: never a state in between
            Set<Integer> wholeCommits = Set.of(5, 8);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Integer>>> searches = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    searches.add(pool.submit(() -> {
                        List<Integer> seen = new ArrayList<>();
                        for (int i = 0; i < 200; i++) {
                            seen.add(retriever.retrieve(intent, 50).size());
                        }
                        return seen;
                    }));
                }
                for (int round = 0; round < 5; round++) {
                    SampleReports.ALL.forEach(index::put);
                    index.commit();
                }
                for (Future<List<Integer>> search : searches) {
                    assertThat(search.get()).isSubsetOf(wholeCommits);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(retriever.retrieve(intent, 50)).hasSize(8);
        }
    }
}
