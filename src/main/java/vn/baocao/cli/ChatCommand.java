package vn.baocao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.channel.console.ConsoleChat;
import vn.baocao.chat.ChatService;

/**
 * {@code baocao chat [--index DIR]}: the console conversation. When the index is empty it first
 * ingests the bundled sample reports, so a new user has something to ask about.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat in the console.")
final class ChatCommand implements Callable<Integer> {
    /** The one conversation of a {@code chat --json} run. */
    private static final String JSON_CHAT = "json";

    @Mixin
    IndexOption index;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON object per message: the ask --json object with read_as and focus")
    boolean json;

    @Override
    public Integer call() {
        if (json) {
            return runJson(index.dir(), main.in, spec.commandLine().getOut());
        }
        return run(index.dir(), main.in, spec.commandLine().getOut(), System.console() != null);
    }

    /**
     * One conversation over standard input: each line a message, each reply one line of JSON, the
     * conversation kept from line to line until the input ends.
     */
    static int runJson(Path indexDir, BufferedReader in, PrintWriter out) {
        try (App app = App.openWithSamples(indexDir)) {
            ChatService chat = app.chat();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                out.println(ChatJson.write(line, chat.handle(JSON_CHAT, line), chat.focus(JSON_CHAT)));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("chat --json: cannot read standard input", e);
        }
        return 0;
    }

    /** Chats over the index at {@code indexDir}, ingesting the sample reports first if it is empty. */
    static int run(Path indexDir, BufferedReader in, PrintWriter out, boolean interactive) {
        try (App app = App.openWithSamples(indexDir)) {
            new ConsoleChat(app.chat()).run(in, out, interactive);
        }
        return 0;
    }
}
