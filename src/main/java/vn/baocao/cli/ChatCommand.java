package vn.baocao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.channel.console.ConsoleChat;
import vn.baocao.chat.ChatService;
import vn.baocao.json.ChatJson;

/**
 * {@code baocao chat [--index DIR]}: the console conversation. When the index is empty it first
 * ingests the bundled sample reports, so a new user has something to ask about.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat in the console.")
final class ChatCommand implements Callable<Integer> {

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
            // each run is one conversation of its own: a script's first line never leans on an earlier run's
            String id = "json-" + UUID.randomUUID();
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    out.println(ChatJson.write(line, chat.handle(id, line), chat.focus(id)));
                    out.flush();
                }
            } finally {
                chat.forget(id);
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
