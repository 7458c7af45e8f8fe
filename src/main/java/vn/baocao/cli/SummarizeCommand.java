package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.baocao.answer.Answer;
import vn.baocao.chat.PlainText;
import vn.baocao.json.AnswerJson;
import vn.baocao.summary.Summaries;

/**
 * {@code baocao summarize [--index DIR] [--json] TARGET...}: the cited summary of a report (its id or
 * path), a conference ("tổng kết 2022"), a person ("Bùi Thanh Sơn"), a year ("2023"), or a comparison
 * ("so sánh sơ kết 2019 và 2023"); "xem thêm" after the target gives the next page. With {@code --json},
 * one object in the shape of {@code ask --json}. Exit code 1 when the target names nothing the index has.
 */
@Command(name = "summarize", aliases = "tomtat", mixinStandardHelpOptions = true,
        description = "Summarise a report, a conference, a person or a year, or compare two; every point cited.")
final class SummarizeCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "one JSON object, as ask --json prints")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "TARGET",
            description = "report id or path, conference (\"tổng kết 2022\"), person, year, or \"so sánh A và B\"")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (App app = App.openExisting(index.dir())) {
            Answer summary = app.summaries().summarize(String.join(" ", words)).answer();
            out.println(json ? AnswerJson.write(summary) : PlainText.answer(summary, false));
            out.flush();
            return summary.abstained() && summary.text().equals(Summaries.USAGE) ? 1 : 0;
        }
    }
}
