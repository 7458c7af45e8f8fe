package vn.baocao.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.baocao.config.Settings;

/**
 * The {@code baocao} command. Without a subcommand it opens the console chat over the default index,
 * first ingesting the bundled sample reports when the index is empty.
 *
 * <p>Exit codes: 0 ok, 1 runtime failure (the message on stderr, no stack trace), 2 bad usage.
 */
@Command(name = "baocao", mixinStandardHelpOptions = true, version = "baocao 0.1.0",
        description = "Cited Vietnamese answers about conference reports.",
        subcommands = {IngestCommand.class, AskCommand.class, ChatCommand.class, SpeakersCommand.class,
                ConferencesCommand.class, TelegramCommand.class, ZaloCommand.class, SummarizeCommand.class,
                BenchCommand.class, ServeCommand.class})
public final class Main implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Spec
    CommandSpec spec;

    /** Standard input, for the commands that read it. */
    BufferedReader in;

    @Override
    public Integer call() {
        return ChatCommand.run(index.dir(), in, spec.commandLine().getOut(), System.console() != null);
    }

    // Lucene tells, through java.util.logging, that the incubating Vector API is not enabled. baocao
    // stores no vectors, so the notice is noise on every start; kept referenced so the level sticks.
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    /** Runs the command line {@code args} and exits the process with its exit code. */
    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs the command line {@code args} on the process's standard streams; returns its exit code. */
    public static int run(String... args) {
        return run(System.in, System.out, System.err, args);
    }

    /** Runs the command line {@code args} on the given streams (UTF-8) and returns its exit code. */
    public static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
        Main main = new Main();
        main.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        CommandLine cl = new CommandLine(main);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(new Failures());
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    /** The settings of this process: environment, then {@code baocao.properties} in the working directory. */
    static Settings settings() {
        return Settings.load(System.getenv(), Path.of("").toAbsolutePath());
    }
}
