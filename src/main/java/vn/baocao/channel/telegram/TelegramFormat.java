package vn.baocao.channel.telegram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Citation;
import vn.baocao.channel.MessageSplitter;
import vn.baocao.chat.PlainText;
import vn.baocao.chat.Reply;
import vn.baocao.chat.SourceGroups;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.text.Dates;

/**
 * Formats the chat's replies for Telegram (HTML parse mode). The words are the console's — the answer
 * text, the bot's messages — escaped; only the presentation differs: a compact source list (number,
 * title linked to the report when it has a URL, date) with a "📄 n" button per source instead of the
 * "/nguon n" hint, and a "📝 Tóm tắt" button under an answer that cites one report.
 */
final class TelegramFormat {
    private TelegramFormat() {
    }

    /** {@code reply} as Telegram messages. */
    static Outgoing render(Reply reply) {
        return switch (reply) {
            case Reply.Message m -> Outgoing.text(PlainText.format(m));
            case Reply.Answered a -> answer(a.answer(), PlainText.readAs(a));
            case Reply.Source s -> source(s.citation().n(), s.citation().passage());
        };
    }

    /** Source {@code n}, the passage in full with where it comes from. */
    static Outgoing source(int n, Passage passage) {
        ReportInfo r = passage.report();
        StringBuilder html = new StringBuilder(Html.bold("[" + n + "] " + r.title()));
        html.append("\nNgày: ").append(Html.escape(date(r.date())));
        if (!r.conferenceName().isEmpty()) {
            html.append("\nHội nghị: ").append(Html.escape(r.conferenceName()));
        }
        html.append("\nNguồn: ").append(Html.link(r.source(), r.source()));
        html.append("\n\n").append(Html.escape(passage.text()));
        return Outgoing.html(html.toString());
    }

    private static Outgoing answer(Answer answer, String readAs) {
        StringBuilder html = new StringBuilder(readAs.isEmpty() ? "" : Html.italic(readAs.strip()) + "\n");
        html.append(Html.escape(answer.text()));
        List<SourceButton> buttons = new ArrayList<>();
        if (!answer.citations().isEmpty()) {
            html.append("\n\n").append(Html.bold("Nguồn:"));
            for (SourceGroups.Group g : SourceGroups.of(answer.citations())) {
                ReportInfo r = g.report();
                html.append('\n').append(g.label()).append(' ').append(Html.link(r.url(), r.title()))
                        .append(" – ").append(Html.escape(date(r.date())));
            }
            for (Citation c : answer.citations()) {
                SourceButton button = SourceButton.of(c);
                if (button.fits()) {
                    buttons.add(button);
                }
            }
        }
        return new Outgoing(MessageSplitter.html(html.toString(), Outgoing.MAX_CHARS), buttons,
                summaryButton(answer));
    }

    /** "📝 Tóm tắt" under an answer citing one report only, unless it is that summary already; else null. */
    private static SummaryButton summaryButton(Answer answer) {
        List<String> reports = answer.citations().stream().map(c -> c.passage().report().id()).distinct().toList();
        if (reports.size() != 1 || answer.kind() == AnswerKind.SUMMARY || answer.kind() == AnswerKind.COMPARISON) {
            return null;
        }
        SummaryButton button = new SummaryButton(reports.getFirst());
        return button.fits() ? button : null;
    }

    /** "10/1/2023", as the console writes dates. */
    static String date(LocalDate date) {
        return Dates.vietnameseOrUnknown(date);
    }
}
