package vn.baocao.chat;

import java.time.Instant;
import vn.baocao.answer.Answer;

/**
 * What one chat remembers: what the conversation is about and the last answer, so that "/nguon 2",
 * "xem thêm" and follow-ups ("Còn năm 2024 thì sao?", "ông ấy nói gì?") refer to them.
 *
 * @param focus      what the last question answered was about, or null
 * @param lastAnswer the last answer shown (a page of it, after "xem thêm"), or null
 * @param touched    when the chat last spoke, for expiry
 */
public record Session(Focus focus, Answer lastAnswer, Instant touched) {

    /** A session with nothing remembered. */
    public static Session fresh(Instant now) {
        return new Session(null, null, now);
    }
}
