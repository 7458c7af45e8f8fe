package vn.baocao.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.channel.console.ConsoleChat;

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

    @Override
    public Integer call() {
        return run(index.dir(), main.in, spec.commandLine().getOut(), System.console() != null);
    }

    /** Chats over the index at {@code indexDir}, ingesting the sample reports first if it is empty. */
    static int run(Path indexDir, BufferedReader in, PrintWriter out, boolean interactive) {
        try (App app = App.openWithSamples(indexDir)) {
            new ConsoleChat(app.chat()).run(in, out, interactive);
        }
        return 0;
    }
}
