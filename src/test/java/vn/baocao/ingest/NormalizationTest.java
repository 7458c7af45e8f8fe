package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Report;

class NormalizationTest {

    @ParameterizedTest
    @ValueSource(strings = {SampleReports.S000, SampleReports.S001, SampleReports.S002, SampleReports.S003,
            SampleReports.S004})
    void decomposedInputGivesTheSameReportAsComposed(String file) {
        String text = new String(SampleReports.bytes(file), StandardCharsets.UTF_8);
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(text);
        var parser = new ReportParser();
        Report composed = parser.parse(file, Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8), "s");
        Report decomposed = parser.parse(file, nfd.getBytes(StandardCharsets.UTF_8), "s");
        assertThat(decomposed).isEqualTo(composed);
    }

    @Test
    void newStyleTonePlacementComesOutTraditional() {
        String text = "Hội nghị bàn về hoà bình và thuỷ sản\n\nCác đại biểu nhất trí giữ vững môi trường hoà bình, "
                + "ổn định và phát triển bền vững ngành thuỷ sản trong thời gian tới.";
        Report report = new ReportParser().parse("a.txt", text.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(report.info().title()).isEqualTo("Hội nghị bàn về hòa bình và thủy sản");
        assertThat(report.passages().get(0).text()).contains("môi trường hòa bình", "ngành thủy sản")
                .doesNotContain("hoà", "thuỷ");
    }
}
