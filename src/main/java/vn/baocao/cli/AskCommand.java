package vn.baocao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.answer.Answer;
import vn.baocao.chat.PlainText;

/**
 * {@code baocao ask [--index DIR] [--json] [QUESTION...]}: one answer for a question on the command
 * line, or one answer per line for one question per standard-input line.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question, or one question per line of standard input.")
final class AskCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "one JSON object per question on standard output")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "the question (else read from stdin)")
    List<String> words;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        try (App app = App.openExisting(index.dir())) {
            PrintWriter out = spec.commandLine().getOut();
            if (words != null && !words.isEmpty()) {
                out.println(render(app.answerer().answer(String.join(" ", words)), false));
            } else {
                eachLine(main.in, line -> {
                    out.println(render(app.answerer().answer(line), true));
                    out.flush();
                });
            }
            out.flush();
        }
        return 0;
    }

    private String render(Answer answer, boolean oneLine) {
        if (json) {
            return AnswerJson.write(answer);
        }
        String text = PlainText.answer(answer);
        return oneLine ? text.replaceAll("\\s*\\R+\\s*", " ") : text;
    }

    private static void eachLine(BufferedReader in, Consumer<String> action) {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                action.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read questions from standard input", e);
        }
    }
}
