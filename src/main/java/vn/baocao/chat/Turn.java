package vn.baocao.chat;

import java.util.List;
import java.util.Set;
import vn.baocao.answer.Refusal;
import vn.baocao.report.Require;

/**
 * A message of a conversation as read against its focus: a question to answer, or a request about the
 * last answer.
 *
 * @param request  what the message asks for
 * @param question the question to answer, complete: the message itself, or the message with what it left
 *                 out or pointed back to put in from the focus
 * @param leaned   true when the message was read against the focus, so the reply says how it was read
 * @param about    for a quote asked of part of the last answer ("trích nguyên văn đoạn về biên giới"), the
 *                 folded words that part is about; empty for the whole of it
 * @param understood what the focus put in, as the reply's "Hiểu là" line shows it ("Phạm Minh Chính, Hội
 *                 nghị tổng kết năm 2024"); the question itself when it says it best (a swap asks anew)
 * @param instead  for a swap or a meeting put in from the focus, the question asked instead when the reports do not have the one whom, or the
 *                 meeting that, the swap carried over from the last question where it swaps to ("còn năm
 *                 2024?" after what the minister said of multilateral diplomacy in 2022: what the 2024
 *                 review said of it); empty when there is none
 * @param insteadWhen the refusals of {@link #question()} after which {@link #instead()} is asked
 */
record Turn(Request request, String question, boolean leaned, List<String> about, String understood, String instead,
            Set<Refusal.Reason> insteadWhen) {
    Turn {
        Require.notNull(request, "request");
        Require.notNull(question, "question");
        about = List.copyOf(about);
        understood = understood == null || understood.isBlank() ? question : understood;
        instead = instead == null ? "" : instead;
        insteadWhen = insteadWhen == null ? Set.of() : Set.copyOf(insteadWhen);
    }

    /** A turn asking {@code question}, read as {@code understood}, with nothing to ask instead. */
    Turn(Request request, String question, boolean leaned, List<String> about, String understood) {
        this(request, question, leaned, about, understood, "", Set.of());
    }

    /** A turn that asks {@code request} of the part of the last answer {@code about} names. */
    Turn(Request request, String question, boolean leaned, List<String> about) {
        this(request, question, leaned, about, question);
    }

    /** A turn that asks {@code request} of the whole last answer. */
    Turn(Request request, String question, boolean leaned) {
        this(request, question, leaned, List.of());
    }

    /** What a message of a conversation asks for. */
    enum Request {
        /** An answer to {@link Turn#question()}. */
        ANSWER,
        /** The sources of the last answer. */
        SOURCES,
        /** The last answer's supporting sentences, word for word. */
        QUOTE,
        /** More of the last answer: its next page, or the passages it cites in full. */
        MORE,
        /** Sources, quotes or more of a last answer that cited nothing: a refusal. */
        NOTHING_CITED
    }

    /** The message answered as it stands. */
    static Turn asIs(String message) {
        return new Turn(Request.ANSWER, message, false);
    }

    /** {@code question}, which the message means in the light of the focus. */
    static Turn leaning(String question) {
        return new Turn(Request.ANSWER, question, true);
    }

    /** {@code question}, which the message means with what {@code understood} names from the focus. */
    static Turn leaning(String question, String understood) {
        return new Turn(Request.ANSWER, question, true, List.of(), understood);
    }

    /**
     * {@code question}, read as {@code understood}, or {@code instead} when {@code question} is refused for
     * one of the reasons {@code insteadWhen}: the meeting the focus put in is not where the one it names was.
     */
    static Turn leaning(String question, String understood, String instead, Set<Refusal.Reason> insteadWhen) {
        return new Turn(Request.ANSWER, question, true, List.of(), understood, instead, insteadWhen);
    }

    /**
     * A swap asking {@code question}, or {@code instead} when {@code question} is refused for one of the
     * reasons {@code insteadWhen}: the reports do not have what it carried over there.
     */
    static Turn swapped(String question, String instead, Set<Refusal.Reason> insteadWhen) {
        return new Turn(Request.ANSWER, question, true, List.of(), question, instead, insteadWhen);
    }
}
