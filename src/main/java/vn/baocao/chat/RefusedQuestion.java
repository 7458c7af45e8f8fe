package vn.baocao.chat;

import java.time.Instant;
import vn.baocao.report.Require;

/**
 * A question the reports did not answer, as often as it was asked: what an admin reads to see which
 * reports are missing.
 *
 * @param question the question as last answered (a follow-up as read against its conversation)
 * @param reason   the refusal's stable code ("not_in_corpus", "no_evidence", …)
 * @param count    how many times it was refused for that reason, at least 1
 * @param last     when it was last refused
 */
public record RefusedQuestion(String question, String reason, long count, Instant last) {
    public RefusedQuestion {
        Require.notBlank(question, "refused question");
        Require.notBlank(reason, "refusal reason");
        Require.that(count >= 1, "a refused question was refused at least once, not " + count);
        Require.notNull(last, "time of the last refusal");
    }

    /**
     * The key two spellings of one question share: lower case, spaces collapsed, without the final
     * punctuation, so "Giá vàng hôm nay?" and "giá vàng  hôm nay" are counted together.
     */
    public static String keyOf(String question) {
        return question.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s?.!…]+$", "");
    }
}
