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

    /** An answer to a question, with its citations. */
    record Answered(Answer answer) implements Reply {
        public Answered {
            Require.notNull(answer, "answer");
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
