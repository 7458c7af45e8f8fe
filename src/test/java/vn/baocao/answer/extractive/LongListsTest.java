package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.answer.Answer;

/** Lists in answers stay readable when an archive is long: fourteen year-end reviews chaired by one minister. */
class LongListsTest {
    private static final int FIRST_YEAR = 2000;
    private static final int REVIEWS = 14;

    @TempDir
    static Path dir;
    private static IngestedReports reportsIngested;
    private static ExtractiveAnswerer answerer;

    @BeforeAll
    static void ingestFourteenReviews() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        for (int year = FIRST_YEAR; year < FIRST_YEAR + REVIEWS; year++) {
            Files.writeString(reports.resolve("review-" + year + ".txt"), """
                    Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm %d

                    Sáng 10/1/%d, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác ngành ngoại giao năm %d.

                    Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị.
                    """.formatted(year, year + 1, year));
        }
        reportsIngested = IngestedReports.of(reports, dir.resolve("index"));
        answerer = reportsIngested.answerer();
    }

    @AfterAll
    static void close() {
        reportsIngested.close();
    }

    @Test
    void listsThePersonsLatestTwelveConferencesAndSaysHowManyThereAre() {
        Answer a = answerer.answer("Bùi Thanh Sơn dự những hội nghị nào?");
        List<String> lines = a.text().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Bùi Thanh Sơn có mặt tại 14 hội nghị trong các báo cáo; 12 hội nghị gần nhất:");
        assertThat(lines).hasSize(1 + MeetingRoute.MAX_LISTED);
        assertThat(lines.get(1)).isEqualTo("– Hội nghị tổng kết công tác năm 2002 (10/1/2003): chủ trì, khi đó là Bộ trưởng Ngoại giao [1]");
        assertThat(lines.getLast()).isEqualTo("– Hội nghị tổng kết công tác năm 2013 (10/1/2014): chủ trì, khi đó là Bộ trưởng Ngoại giao [12]");
        assertThat(a.citations()).hasSize(MeetingRoute.MAX_LISTED);
    }

    @Test
    void listsThePostsOfTwoYearsAskedByTheMeetingsHeldInOrReviewingThem() {
        Answer a = answerer.answer("Bùi Thanh Sơn giữ chức gì năm 2005 và năm 2010?");
        assertThat(a.text().lines().toList()).containsExactly(
                "Bùi Thanh Sơn có mặt tại 4 hội nghị trong các báo cáo:",
                "– Hội nghị tổng kết công tác năm 2004 (10/1/2005): chủ trì, khi đó là Bộ trưởng Ngoại giao [1]",
                "– Hội nghị tổng kết công tác năm 2005 (10/1/2006): chủ trì, khi đó là Bộ trưởng Ngoại giao [2]",
                "– Hội nghị tổng kết công tác năm 2009 (10/1/2010): chủ trì, khi đó là Bộ trưởng Ngoại giao [3]",
                "– Hội nghị tổng kết công tác năm 2010 (10/1/2011): chủ trì, khi đó là Bộ trưởng Ngoại giao [4]");
    }

    @Test
    void readsEachYearOnItsOwnWhenOneOfThemHasNoMeetingOfThePerson() {
        Answer a = answerer.answer("Bùi Thanh Sơn giữ chức gì năm 2005 và năm 2030?");
        assertThat(a.text()).doesNotContain("có mặt tại");
    }
}
