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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Messages;
import vn.baocao.answer.Refusal;
import vn.baocao.chat.PlainText;
import vn.baocao.json.AnswerJson;

/**
 * {@code baocao ask [--index DIR] [--json] [QUESTION...]}: one answer for a question on the command
 * line, or one answer per line for one question per standard-input line.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question, or one question per line of standard input.")
final class AskCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AskCommand.class);

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

    private boolean failed;

    @Override
    public Integer call() {
        try (App app = App.openExisting(index.dir())) {
            PrintWriter out = spec.commandLine().getOut();
            if (words != null && !words.isEmpty()) {
                out.println(render(answer(app, String.join(" ", words)), false));
            } else {
                eachLine(main.in, line -> {
                    out.println(render(answer(app, line), true));
                    out.flush();
                });
            }
            out.flush();
        }
        return failed ? 1 : 0;
    }

    /**
     * The answer to {@code question}; a failure is logged and answered with an apology, so that one bad
     * question does not cost the answers to the questions after it (the exit code still says it).
     */
    private Answer answer(App app, String question) {
        try {
            return app.answerer().answer(question);
        } catch (RuntimeException e) {
            LOG.error("failed to answer \"{}\": {}", abbreviate(question), e.toString());
            LOG.debug("the failure", e);
            failed = true;
            return Answer.refused(question, Refusal.Reason.FAILURE, Messages.FAILURE, "extractive");
        }
    }

    private static String abbreviate(String question) {
        return question.length() <= 80 ? question : question.substring(0, 80) + "…";
    }

    private String render(Answer answer, boolean oneLine) {
        if (json) {
            return AnswerJson.write(answer);
        }
        String text = PlainText.answer(answer, false);
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
