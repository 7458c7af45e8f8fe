package vn.baocao.summary;

import java.util.Optional;
import vn.baocao.answer.Answer;
import vn.baocao.answer.NextPage;
import vn.baocao.answer.Refusal;
import vn.baocao.report.Require;
import vn.baocao.search.Intent;
import vn.baocao.search.Form;
import vn.baocao.search.Retriever;
import vn.baocao.text.VietnameseText;

/**
 * The entry point of summaries: a question that asks for one ("Tóm tắt hội nghị tổng kết 2022", "so sanh
 * so ket 2019 va 2023", "Điểm lại phát biểu của Bùi Thanh Sơn"), or a bare request from the command line
 * or "/tomtat" ("tổng kết 2022", "2023", a report id), becomes a {@link Target} and its summary.
 * Thread-safe.
 */
public final class Summaries {
    /** What to say when a request names nothing the reports have. */
    public static final String USAGE = "Không tìm thấy báo cáo, hội nghị, người hay năm nào khớp với yêu cầu tóm tắt. "
            + "Ví dụ: “tóm tắt hội nghị tổng kết 2022”, “tóm tắt Bùi Thanh Sơn”, “tóm tắt năm 2023”, "
            + "“so sánh hội nghị sơ kết 2019 và 2023”.";
    /** The last line of a summary that has a next page. */
    public static final String MORE = Layout.MORE;
    private static final java.util.regex.Pattern MORE_REQUEST = java.util.regex.Pattern.compile(
            "(xem )?(them|tiep)( nua)?|more");
    /** The forms of the sides of a comparison that summaries compare: sides that only name what to compare. */
    private static final java.util.Set<Form> SIDE_FORMS = java.util.EnumSet.of(Form.FACT, Form.SUMMARY, Form.COMPARE);
    /** The longest request read; longer text is not a request for a summary. */
    private static final int MAX_CHARS = 1000;

    private final Retriever retriever;
    private final TargetFinder finder;
    private final Summarizer summarizer;

    public Summaries(Retriever retriever, Summarizer summarizer) {
        this.retriever = Require.notNull(retriever, "retriever");
        this.finder = new TargetFinder(retriever);
        this.summarizer = Require.notNull(summarizer, "summarizer");
    }

    /**
     * The summary {@code question} asks for, when it asks for one (tóm tắt, tổng hợp, điểm lại, so sánh…)
     * and names something the reports have; empty otherwise, for the answerer to answer as a question.
     */
    public Optional<Answer> answer(String question) {
        if (question == null || question.isBlank() || question.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Intent intent = retriever.parse(question);
        // a comparison that asks one thing of each side ("ai chủ trì … 2022 và 2024", "số đại biểu … 2019 và 2022")
        // is two questions, not a summary
        boolean asksOfEachSide = intent.form() == Form.COMPARE && (intent.parts().stream().anyMatch(p -> !SIDE_FORMS.contains(p.form()))
                || asksTheSameOfEach(intent.parts()));
        // "vì sao số vụ việc năm 2024 giảm so với 2023?" takes a fall for granted: the answerer weighs that first
        boolean takesSomethingForGranted = !intent.premise().isEmpty();
        if (intent.form() != Form.SUMMARY && intent.form() != Form.COMPARE || asksOfEachSide || takesSomethingForGranted) {
            return Optional.empty();
        }
        return finder.find(question, intent).map(r -> paged(question, summarizer.summarize(question, r.target(), r.page()),
                r.page()));
    }

    /** True when the sides are facts with the same topic: "số đại biểu" of each meeting compared. */
    private static boolean asksTheSameOfEach(java.util.List<Intent> sides) {
        return sides.size() > 1 && sides.stream().allMatch(p -> p.form() == Form.FACT && !p.topic().isEmpty())
                && sides.stream().map(Intent::topic).distinct().count() == 1;
    }

    /** The page {@code next} asks for of the summary it continues; a refusal when that names nothing any more. */
    public Answer page(NextPage next) {
        Require.notNull(next, "next page");
        return finder.find(next.request()).map(r -> paged(next.request(),
                        summarizer.summarize(next.request(), r.target(), next.page()), next.page()))
                .orElseGet(() -> Summary.none(next.request(), Refusal.Reason.NOT_IN_CORPUS, USAGE).answer());
    }

    /** The summary's answer, with the request for its next page when it has one. */
    private static Answer paged(String request, Summary summary, int page) {
        return summary.more() ? summary.answer().withNext(new NextPage(request, page + 1)) : summary.answer();
    }

    /** True when {@code message} asks for the rest ("xem thêm", "tiếp", "more") of {@code last}, an answer with a next page. */
    public static boolean asksForMore(String message, Answer last) {
        String folded = VietnameseText.fold(message == null ? "" : message).replaceAll("[^\\p{L} ]+", " ").strip();
        return last != null && last.next() != null && MORE_REQUEST.matcher(folded).matches();
    }

    /** {@code argument} of "/tomtat" as a question asking for a summary: "tổng kết 2022" → "Tóm tắt tổng kết 2022". */
    public static String request(String argument) {
        return "Tóm tắt " + argument; // "Tóm tắt so sánh …" is read as the comparison it asks for
    }

    /** The summary of what {@code request} names, cue words optional; an abstention saying how to ask when it names nothing. */
    public Summary summarize(String request) {
        String asked = request == null ? "" : request.strip();
        if (asked.isEmpty() || asked.length() > MAX_CHARS) {
            return Summary.none(asked, Refusal.Reason.BAD_INPUT, USAGE);
        }
        return finder.find(asked).map(r -> summarizer.summarize(asked, r.target(), r.page()))
                .orElseGet(() -> Summary.none(asked, Refusal.Reason.NOT_IN_CORPUS, USAGE));
    }
}
