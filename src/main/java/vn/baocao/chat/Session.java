package vn.baocao.chat;

import java.time.Instant;
import vn.baocao.answer.Answer;

/**
 * What one chat remembers: its last question and answer, so that "/nguon 2" and follow-ups
 * ("Còn năm 2024 thì sao?") refer to them.
 *
 * @param lastQuestion the last question as answered (after follow-up rewriting), or null
 * @param lastAnswer   the answer to it, or null
 * @param touched      when the chat last spoke, for expiry
 */
public record Session(String lastQuestion, Answer lastAnswer, Instant touched) {

    /** A session with nothing remembered. */
    static Session fresh(Instant now) {
        return new Session(null, null, now);
    }
}
