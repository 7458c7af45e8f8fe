package vn.baocao.chat;

import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.report.Require;

/**
 * What the bot sends back for one message, before a channel formats it: a plain message, an answer
 * with its sources, or one source shown in full.
 */
public sealed interface Reply {

    /** A plain message (help, greeting, refusal). */
    record Message(String text) implements Reply {
        public Message {
            Require.notBlank(text, "reply text");
        }
    }

    /**
     * An answer to a question, with its citations.
     *
     * @param answer     the answer
     * @param readAs     the question answered when the message was read in the light of the conversation
     *                   ("ông ấy nói gì?" as "Phạm Minh Chính nói gì tại …"); null when it was answered as typed
     * @param understood what the conversation supplied, as the reply's one short line shows it ("Phạm Minh
     *                   Chính, Hội nghị tổng kết năm 2024"), so a wrong reading is visible; null with
     *                   {@code readAs}
     */
    record Answered(Answer answer, String readAs, String understood) implements Reply {
        public Answered {
            Require.notNull(answer, "answer");
            Require.that((readAs == null) == (understood == null), "a reading and its line come together");
        }

        /** An answer to the message as typed. */
        public Answered(Answer answer) {
            this(answer, null, null);
        }
    }

    /** One source of the last answer, shown in full. */
    record Source(Citation citation) implements Reply {
        public Source {
            Require.notNull(citation, "citation");
        }
    }

    /** Convenience for {@link Message}. */
    static Reply message(String text) {
        return new Message(text);
    }
}
