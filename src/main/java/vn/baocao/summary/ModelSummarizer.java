package vn.baocao.summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.answer.llm.SourcedWriter;
import vn.baocao.report.Meeting;
import vn.baocao.report.Passage;
import vn.baocao.report.Require;
import vn.baocao.text.Dates;

/**
 * Summaries written by a language model, map-reduce, from the passages the {@link ExtractiveSummarizer}
 * selected: each part (a report or conference, each conference of a person or a period, each side of a
 * comparison) is summarised from its own passages ("map"), then, when there are several parts, the
 * parts' summaries are merged into one ("reduce") with the markers in one shared numbering. Every reply
 * is checked as an answer is ({@link SourcedWriter}); a failure at any step, or a summary longer than
 * one message, gives the extractive summary. Thread-safe.
 */
public final class ModelSummarizer implements Summarizer {
    static final String COMPOSER = "llm";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModelSummarizer.class);
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final String SECTIONS = "thời gian, địa điểm, người chủ trì; kết quả nổi bật; chỉ đạo (ghi rõ người "
            + "phát biểu); nhiệm vụ thời gian tới";

    private final SourcedWriter writer;
    private final ExtractiveSummarizer extractive;

    public ModelSummarizer(SourcedWriter writer, ExtractiveSummarizer extractive) {
        this.writer = Require.notNull(writer, "writer");
        this.extractive = Require.notNull(extractive, "extractive summarizer");
    }

    @Override
    public Summary summarize(String question, Target target, int page) {
        Summary draft = extractive.summarize(question, target, page);
        if (draft.answer().abstained() || draft.parts().isEmpty()) {
            return draft;
        }
        return composed(question, target, draft).orElse(draft);
    }

    private Optional<Summary> composed(String question, Target target, Summary draft) {
        List<List<Passage>> parts = draft.parts().stream().filter(p -> !p.isEmpty()).toList();
        List<String> labels = labels(target, parts.size());
        List<SourcedWriter.Written> mapped = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Optional<SourcedWriter.Written> part = writer.summarize(mapTask(target, labels.get(i)), parts.get(i));
            if (part.isEmpty()) {
                return Optional.empty();
            }
            mapped.add(part.get());
        }
        Optional<SourcedWriter.Written> whole = mapped.size() == 1 ? Optional.of(mapped.getFirst()) : reduced(target, mapped);
        String title = draft.answer().text().lines().findFirst().orElseThrow();
        Optional<Answer> answer = whole.map(w -> Answer.of(question, title + "\n\n" + w.text()
                + (draft.more() ? "\n\n" + Summaries.MORE : ""), w.citations(), draft.answer().kind(), COMPOSER));
        if (answer.isPresent() && !fits(answer.get())) {
            LOG.warn("the model's summary is longer than one message: the extractive summary is shown");
            return Optional.empty();
        }
        return answer.map(a -> new Summary(a, draft.more(), draft.parts()));
    }

    /** The parts' summaries merged, their markers renumbered into one numbering of all their passages. */
    private Optional<SourcedWriter.Written> reduced(Target target, List<SourcedWriter.Written> mapped) {
        LinkedHashSet<Passage> all = new LinkedHashSet<>();
        mapped.forEach(w -> w.citations().forEach(c -> all.add(c.passage())));
        List<Passage> numbered = List.copyOf(all);
        List<String> texts = new ArrayList<>();
        for (SourcedWriter.Written w : mapped) {
            texts.add(renumbered(w, numbered));
        }
        String task = target instanceof Target.Comparison c
                ? "So sánh " + c.left().title() + " với " + c.right().title() + " theo từng mục (" + SECTIONS
                + "); mỗi dòng nêu rõ ý đó thuộc bên nào."
                : "Gộp thành một bản tóm tắt " + target.title() + ", theo thứ tự thời gian.";
        return writer.combine(task, texts, numbered);
    }

    private static String renumbered(SourcedWriter.Written w, List<Passage> numbered) {
        Matcher m = MARKER.matcher(w.text());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Citation c = w.citations().get(Integer.parseInt(m.group(1)) - 1);
            m.appendReplacement(out, "[" + (numbered.indexOf(c.passage()) + 1) + "]");
        }
        return m.appendTail(out).toString();
    }

    private static String mapTask(Target target, String label) {
        return target instanceof Target.OfPerson p
                ? "Tóm tắt những gì " + p.person().titled() + " đã phát biểu tại " + label + "."
                : "Tóm tắt " + label + " theo các mục: " + SECTIONS + ".";
    }

    /** What each part is about, for its request. */
    private static List<String> labels(Target target, int count) {
        List<String> labels = switch (target) {
            case Target.OfPerson p -> p.meetings().stream().map(ModelSummarizer::named).toList();
            case Target.OfPeriod p -> p.meetings().stream().map(ModelSummarizer::named).toList();
            case Target.Comparison c -> List.of(c.left().title(), c.right().title());
            default -> List.of(target.title());
        };
        return labels.size() == count ? labels : java.util.Collections.nCopies(count, target.title());
    }

    private static String named(Meeting m) {
        return m.conference().name() + Dates.inBrackets(m.date());
    }

    /** True when {@code a} with its sources fits one page, as the extractive summary does. */
    private static boolean fits(Answer a) {
        int sources = a.citations().stream().mapToInt(c -> Layout.sourceLine(c.passage().report())).sum();
        return a.text().length() + sources <= Layout.MAX_CHARS;
    }
}
