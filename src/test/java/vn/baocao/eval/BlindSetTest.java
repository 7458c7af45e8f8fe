package vn.baocao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the answers to the blind question sets above their floors and prints each set's figures —
 * overall, per form, per style, the naive baseline beside them, and every miss. The figures of a set
 * are what a reader of the reports gets on questions nobody tuned for; see each set's README for who
 * wrote it and when it was first scored.
 *
 * <p>Print them: {@code ./baocao test -Dtest=BlindSetTest}.
 */
class BlindSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            # set; fully right; answerable right; must-refuse refused; accentless right; abbreviated right
            blind1; 0.89; 0.88; 0.92; 0.90; 0.85
            blind2; 0.92; 0.91; 0.94; 0.92; 0.92
            blind3; 0.88; 0.88; 0.88; 0.89; 0.85
            blind4; 0.86; 0.85; 0.90; 0.89; 0.87
            blind5; 0.88; 0.88; 0.85; 0.89; 0.85
            blind6; 0.86; 0.84; 0.92; 0.85; 0.86
            blind7; 0.82; 0.81; 0.87; 0.85; 0.83
            blind8; 0.80; 0.82; 0.68; 0.83; 0.76
            blind9; 0.81; 0.81; 0.80; 0.78; 0.78
            blind10; 0.77; 0.76; 0.83; 0.77; 0.81
            blind11; 0.78; 0.76; 0.82; 0.80; 0.80
            blind12; 0.77; 0.77; 0.76; 0.82; 0.82
            blind13; 0.80; 0.80; 0.80; 0.80; 0.83
            blind14; 0.80; 0.80; 0.81; 0.83; 0.82
            blind15; 0.68; 0.67; 0.71; 0.71; 0.68
            blind16; 0.72; 0.72; 0.67; 0.76; 0.76
            blind17; 0.76; 0.78; 0.60; 0.76; 0.79
            blind18; 0.70; 0.70; 0.70; 0.68; 0.73
            blind19; 0.70; 0.71; 0.64; 0.69; 0.73
            blind20; 0.75; 0.75; 0.75; 0.75; 0.79
            blind21; 0.72; 0.71; 0.82; 0.73; 0.76
            blind22; 0.76; 0.76; 0.73; 0.75; 0.76
            blind23; 0.76; 0.78; 0.66; 0.80; 0.81
            blind24; 0.74; 0.74; 0.70; 0.74; 0.76
            blind25; 0.74; 0.73; 0.82; 0.75; 0.78
            blind26; 0.83; 0.83; 0.85; 0.83; 0.87
            blind27; 0.76; 0.75; 0.82; 0.77; 0.81
            blind28; 0.76; 0.75; 0.83; 0.75; 0.78
            blind29; 0.74; 0.74; 0.73; 0.81; 0.77
            blind30; 0.80; 0.81; 0.72; 0.75; 0.89
            blind31; 0.68; 0.66; 0.80; 0.73; 0.57
            blind32; 0.71; 0.70; 0.75; 0.76; 0.80
            blind33; 0.78; 0.78; 0.78; 0.83; 0.86
            blind34; 0.73; 0.73; 0.78; 0.72; 0.71
            blind35; 0.76; 0.76; 0.72; 0.79; 0.82
            blind36; 0.72; 0.71; 0.78; 0.79; 0.78
            blind37; 0.75; 0.73; 0.87; 0.76; 0.81
            blind38; 0.75; 0.73; 0.86; 0.77; 0.73
            blind39; 0.72; 0.72; 0.68; 0.75; 0.88
            blind40; 0.75; 0.75; 0.77; 0.77; 0.80
            blind41; 0.79; 0.78; 0.86; 0.77; 0.86
            blind42; 0.77; 0.77; 0.77; 0.79; 0.83
            blind43; 0.76; 0.75; 0.83; 0.77; 0.76
            blind44; 0.75; 0.75; 0.72; 0.81; 0.76
            blind45; 0.81; 0.81; 0.84; 0.83; 0.83
            blind46; 0.72; 0.72; 0.74; 0.75; 0.72
            blind47; 0.80; 0.78; 0.86; 0.82; 0.81
            blind48; 0.76; 0.75; 0.77; 0.74; 0.77
            blind49; 0.78; 0.79; 0.70; 0.80; 0.84
            blind50; 0.77; 0.76; 0.83; 0.80; 0.78
            blind51; 0.75; 0.75; 0.78; 0.79; 0.74
            blind52; 0.78; 0.77; 0.86; 0.80; 0.82
            blind53; 0.74; 0.72; 0.84; 0.79; 0.78
            blind54; 0.85; 0.85; 0.82; 0.86; 0.87
            blind55; 0.75; 0.74; 0.78; 0.80; 0.80
            blind56; 0.72; 0.72; 0.73; 0.78; 0.75
            blind57; 0.76; 0.74; 0.88; 0.74; 0.78
            blind58; 0.77; 0.77; 0.77; 0.80; 0.83
            blind59; 0.76; 0.76; 0.75; 0.80; 0.80
            blind60; 0.78; 0.79; 0.75; 0.80; 0.85
            blind61; 0.76; 0.75; 0.82; 0.75; 0.81
            blind62; 0.75; 0.76; 0.69; 0.73; 0.80
            blind63; 0.80; 0.79; 0.86; 0.76; 0.77
            blind64; 0.79; 0.78; 0.84; 0.78; 0.85
            blind65; 0.76; 0.75; 0.82; 0.75; 0.79
            blind66; 0.77; 0.76; 0.80; 0.77; 0.82
            blind67; 0.76; 0.76; 0.77; 0.76; 0.81
            blind68; 0.83; 0.81; 0.91; 0.85; 0.87
            blind69; 0.75; 0.74; 0.82; 0.76; 0.85
            blind70; 0.83; 0.82; 0.84; 0.86; 0.83
            blind71; 0.80; 0.79; 0.82; 0.85; 0.86
            blind72; 0.84; 0.83; 0.91; 0.85; 0.85
            blind73; 0.81; 0.81; 0.84; 0.79; 0.85
            blind74; 0.79; 0.77; 0.88; 0.81; 0.81
            blind75; 0.80; 0.80; 0.79; 0.85; 0.83
            blind76; 0.78; 0.78; 0.82; 0.81; 0.80
            blind77; 0.79; 0.80; 0.75; 0.83; 0.83
            blind78; 0.76; 0.75; 0.77; 0.79; 0.79
            blind79; 0.77; 0.78; 0.72; 0.81; 0.84
            blind80; 0.77; 0.78; 0.75; 0.81; 0.78
            """)
    void answersTheBlindSetAboveItsFloors(String name, double all, double answerable, double refused,
                                          double accentless, double abbreviated, @TempDir Path work) {
        BlindScore score = BlindScore.of(BlindSet.load(folder(name)), work);
        System.out.println(score.report(name));
        assertThat(score.share(i -> true)).as("fully right").isGreaterThanOrEqualTo(all);
        assertThat(score.share(i -> !i.mustRefuse())).as("answerable right").isGreaterThanOrEqualTo(answerable);
        assertThat(score.share(BlindSet.Item::mustRefuse)).as("must-refuse refused").isGreaterThanOrEqualTo(refused);
        assertThat(score.share(i -> i.accentless() && !i.tags().contains("english"))).as("accentless right")
                .isGreaterThanOrEqualTo(accentless);
        Predicate<BlindSet.Item> abbreviatedOnes = i -> i.tags().contains("abbrev");
        assertThat(score.share(abbreviatedOnes)).as("abbreviated right").isGreaterThanOrEqualTo(abbreviated);
    }

    private static Path folder(String name) {
        try {
            return Path.of(Objects.requireNonNull(BlindSetTest.class.getResource("/eval/" + name + "/questions.tsv"),
                    "no question set eval/" + name).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate eval/" + name, e);
        }
    }
}
