package vn.baocao.chat;

import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.report.ReportInfo;

/** Formats replies as plain text for channels without markup (console, Zalo). */
public final class PlainText {
    private PlainText() {
    }

    /** The reply as plain text: an answer is followed by its numbered sources. */
    public static String format(Reply reply) {
        return switch (reply) {
            case Reply.Message m -> m.text();
            case Reply.Answered a -> readAs(a) + answer(a.answer(), true);
            case Reply.Source s -> source(s.citation());
        };
    }

    /** The line telling how a message was read in the light of the conversation, or nothing when it was taken as typed. */
    public static String readAs(Reply.Answered reply) {
        return reply.understood() == null ? "" : ChatTexts.readAs(reply.understood()) + "\n";
    }

    /**
     * The answer text, then "Nguồn:" and one line per cited report ("[1]–[3] Title – date – source");
     * with {@code chatHint}, a line telling
     * how to open a source (only the chat has "/nguon").
     */
    public static String answer(Answer answer, boolean chatHint) {
        if (answer.citations().isEmpty()) {
            return answer.text();
        }
        StringBuilder out = new StringBuilder(answer.text()).append("\n\nNguồn:");
        for (SourceGroups.Group g : SourceGroups.of(answer.citations())) {
            out.append('\n').append(g.label()).append(' ').append(sourceLine(g.report()));
        }
        return chatHint ? out.append("\n(Gõ /nguon n để xem trọn đoạn nguồn n.)").toString() : out.toString();
    }

    /** "Title – 10/1/2023 – source". */
    public static String sourceLine(ReportInfo r) {
        return r.title() + " – " + ChatTexts.date(r.date()) + " – " + r.source();
    }

    private static String source(Citation c) {
        ReportInfo r = c.passage().report();
        String conference = r.conferenceName().isEmpty() ? "" : "\nHội nghị: " + r.conferenceName();
        return "[" + c.n() + "] " + r.title() + "\nNgày: " + ChatTexts.date(r.date()) + conference
                + "\nNguồn: " + r.source() + "\n\n" + c.passage().text();
    }
}
