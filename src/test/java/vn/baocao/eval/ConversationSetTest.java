package vn.baocao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.testing.FakeModelServer;

/**
 * Holds the blind conversation sets above their floors and prints each set's figures — turns and whole
 * conversations right, per kind of follow-up, per style, and every miss. See each set's README for who
 * wrote it and when it was first scored.
 *
 * <p>Print them: {@code ./baocao test -Dtest=ConversationSetTest}.
 */
class ConversationSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            # set; turns right; conversations right; must-refuse refused; new topic midway right
            conv1; 0.77; 0.29; 0.77; 0.88
            conv2; 0.75; 0.29; 0.79; 0.94
            conv3; 0.76; 0.29; 0.88; 0.76
            conv4; 0.78; 0.31; 0.92; 0.87
            conv5; 0.76; 0.30; 0.78; 0.94
            conv6; 0.73; 0.32; 0.79; 0.87
            conv7; 0.76; 0.37; 0.75; 0.68
            conv8; 0.75; 0.38; 0.73; 0.88
            conv9; 0.78; 0.43; 0.70; 0.88
            conv10; 0.80; 0.47; 0.85; 0.83
            conv11; 0.75; 0.32; 0.85; 0.80
            conv12; 0.77; 0.38; 0.77; 0.85
            conv13; 0.80; 0.45; 0.80; 0.94
            conv14; 0.77; 0.32; 0.75; 0.91
            conv15; 0.74; 0.26; 0.80; 0.80
            conv16; 0.84; 0.54; 0.83; 0.87
            conv17; 0.75; 0.31; 0.87; 0.82
            conv18; 0.80; 0.54; 0.87; 0.97
            conv19; 0.80; 0.38; 0.91; 0.92
            conv20; 0.81; 0.48; 0.89; 0.85
            conv21; 0.80; 0.50; 0.75; 0.78
            conv22; 0.78; 0.28; 0.78; 0.48
            conv23; 0.80; 0.34; 0.85; 0.58
            conv24; 0.77; 0.34; 0.83; 0.78
            conv25; 0.82; 0.47; 0.77; 0.78
            conv26; 0.80; 0.48; 0.84; 0.90
            conv27; 0.71; 0.25; 0.82; 0.76
            conv28; 0.75; 0.29; 0.66; 0.74
            conv29; 0.81; 0.41; 0.86; 0.76
            conv30; 0.80; 0.41; 0.82; 0.75
            conv31; 0.81; 0.42; 0.90; 0.55
            conv32; 0.79; 0.29; 0.88; 0.70
            conv33; 0.80; 0.43; 0.80; 0.83
            conv34; 0.86; 0.54; 0.78; 0.76
            conv35; 0.87; 0.64; 0.85; 0.74
            conv36; 0.85; 0.56; 0.76; 0.82
            conv37; 0.84; 0.56; 0.85; 0.74
            conv38; 0.83; 0.48; 0.76; 0.83
            conv39; 0.86; 0.56; 0.80; 0.91
            conv40; 0.87; 0.58; 0.86; 0.76
            conv41; 0.80; 0.44; 0.76; 0.84
            """)
    void answersTheConversationsAboveTheirFloors(String name, double turns, double conversations, double refused,
                                                 double newTopic, @TempDir Path work) {
        ConversationScore score = ConversationScore.of(ConversationSet.load(folder(name)), work);
        System.out.println(score.report(name));
        long[] whole = score.conversationsRight();
        assertThat(score.share(t -> true)).as("turns right").isGreaterThanOrEqualTo(turns);
        assertThat((double) whole[0] / whole[1]).as("conversations right").isGreaterThanOrEqualTo(conversations);
        assertThat(score.share(ConversationSet.Turn::mustRefuse)).as("must-refuse refused").isGreaterThanOrEqualTo(refused);
        assertThat(score.share(score.newTopicMidway())).as("new topic midway right").isGreaterThanOrEqualTo(newTopic);
    }

    /**
     * The same conversations on the model path, against a local OpenAI-compatible server whose "model" quotes
     * the one source sentence nearest the question, or declines when none shares half its words
     * ({@link QuotingModel}): a weak model, so the figure is below the offline one — it answers many a
     * question the reports do not answer, which the extractive composer refused and the gate lets through
     * to it; it holds the plumbing around the model — the gate, focus, the rewrite's check, the reply's
     * check — to what it did when the floors were set.
     */
    @ParameterizedTest(name = "{0} on the model path")
    @CsvSource(delimiter = ';', textBlock = """
            # set; turns right; must-refuse refused
            conv1; 0.49; 0.45
            conv2; 0.55; 0.67
            conv3; 0.51; 0.60
            conv4; 0.57; 0.53
            conv5; 0.50; 0.52
            conv6; 0.51; 0.51
            conv7; 0.53; 0.56
            conv8; 0.51; 0.59
            conv9; 0.61; 0.52
            conv10; 0.59; 0.65
            conv11; 0.51; 0.55
            conv12; 0.50; 0.56
            conv13; 0.53; 0.46
            conv14; 0.52; 0.39
            conv15; 0.48; 0.50
            conv16; 0.55; 0.52
            conv17; 0.44; 0.50
            conv18; 0.54; 0.50
            conv19; 0.56; 0.55
            conv20; 0.49; 0.52
            conv21; 0.54; 0.49
            conv22; 0.48; 0.52
            conv23; 0.51; 0.52
            conv24; 0.47; 0.50
            conv25; 0.56; 0.45
            conv26; 0.54; 0.50
            conv27; 0.54; 0.62
            conv28; 0.51; 0.49
            conv29; 0.54; 0.55
            conv30; 0.46; 0.53
            conv31; 0.51; 0.70
            conv32; 0.52; 0.50
            conv33; 0.52; 0.50
            conv34; 0.60; 0.58
            conv35; 0.57; 0.65
            conv36; 0.58; 0.54
            conv37; 0.53; 0.49
            conv38; 0.57; 0.50
            conv39; 0.62; 0.56
            conv40; 0.56; 0.48
            conv41; 0.57; 0.48
            """)
    void answersTheConversationsOnTheModelPathAboveTheirFloors(String name, double turns, double refused,
                                                               @TempDir Path work) {
        try (FakeModelServer model = new FakeModelServer().respondWith(QuotingModel::reply)) {
            ConversationScore score = ConversationScore.of(ConversationSet.load(folder(name)), work, model.openAiUrl());
            System.out.println("model path, " + score.report(name));
            assertThat(score.share(t -> true)).as("turns right").isGreaterThanOrEqualTo(turns);
            assertThat(score.share(ConversationSet.Turn::mustRefuse)).as("must-refuse refused").isGreaterThanOrEqualTo(refused);
        }
    }

    private static Path folder(String name) {
        try {
            return Path.of(Objects.requireNonNull(ConversationSetTest.class.getResource("/eval/" + name
                    + "/conversations.tsv"), "no conversation set eval/" + name).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate eval/" + name, e);
        }
    }
}
