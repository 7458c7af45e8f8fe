package vn.baocao.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.baocao.report.ReportInfo;

/** Which report a summary request names: by id, file name or source, as whole words, the catalogue's first. */
class ReportNamesTest {
    private static final ReportInfo SAMPLE = report("8430b1541a21d71d", "samples/001_8430b1541a21d71d.txt");
    private static final ReportInfo WEB = report("0e1cf19fdeddcf6d", "https://baoquocte.vn/pho-thu-tuong-lam-viec.html");
    private static final ReportInfo SHORT = report("47e75d3c86d27e21", "uploads/a.md");

    private final AtomicReference<List<ReportInfo>> catalogue = new AtomicReference<>(List.of(SAMPLE, WEB, SHORT));
    private final ReportNames names = new ReportNames(catalogue::get);

    @Test
    void findsAReportByItsIdFileNameOrSourceWrittenAsWholeWords() {
        assertThat(names.in("Tóm tắt 0e1cf19fdeddcf6d")).contains(WEB);
        assertThat(names.in("tom tat (001_8430b1541a21d71d.txt), xem them")).contains(SAMPLE);
        assertThat(names.in("https://baoquocte.vn/pho-thu-tuong-lam-viec.html")).contains(WEB);
        assertThat(names.in("Tóm tắt uploads/a.md")).contains(SHORT);
    }

    @Test
    void findsNothingInsideALongerWordNorByAFileNameOfFourCharacters() {
        assertThat(names.in("Tóm tắt x0e1cf19fdeddcf6d")).isEmpty();
        assertThat(names.in("Tóm tắt 0e1cf19fdeddcf6d_2")).isEmpty();
        assertThat(names.in("Tóm tắt a.md")).isEmpty();
        assertThat(names.in("Tóm tắt hội nghị tổng kết 2022")).isEmpty();
    }

    @Test
    void prefersTheCatalogueFirstAndFollowsItWhenItChanges() {
        assertThat(names.in("so sánh 0e1cf19fdeddcf6d và 8430b1541a21d71d")).contains(SAMPLE);

        catalogue.set(List.of(WEB));

        assertThat(names.in("so sánh 0e1cf19fdeddcf6d và 8430b1541a21d71d")).contains(WEB);
        assertThat(names.in("001_8430b1541a21d71d.txt")).isEmpty();
    }

    private static ReportInfo report(String id, String source) {
        return new ReportInfo(id, source, "", "Bài " + id, LocalDate.of(2023, 1, 10), "", null);
    }
}
