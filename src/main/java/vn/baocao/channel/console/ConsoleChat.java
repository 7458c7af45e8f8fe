package vn.baocao.channel.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.PlainText;
import vn.baocao.chat.Reply;

/**
 * A console conversation: each input line is a message to the {@link ChatService}, each reply is
 * printed as plain text followed by a blank line; an answer a model writes is printed as it comes first.
 * Ends at end of input or on "/thoat".
 */
public final class ConsoleChat {
    private static final String CHAT_ID = "console";
    private static final Set<String> QUIT = Set.of("/thoat", "/exit", "/quit");

    private final ChatService chat;

    public ConsoleChat(ChatService chat) {
        this.chat = chat;
    }

    /**
     * Runs the conversation until {@code in} ends; prints a prompt before each line when
     * {@code interactive}.
     */
    public void run(BufferedReader in, PrintWriter out, boolean interactive) {
        if (interactive) {
            out.println("baocao – hỏi đáp về báo cáo hội nghị. Gõ câu hỏi, /help để xem lệnh, /thoat để thoát.");
        }
        try {
            for (String line = prompt(in, out, interactive); line != null; line = prompt(in, out, interactive)) {
                if (QUIT.contains(firstWord(line))) {
                    return;
                }
                Draft draft = new Draft(out);
                Reply reply = chat.handle(CHAT_ID, line, draft);
                draft.end();
                out.println(PlainText.format(reply));
                out.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("console: cannot read standard input", e);
        }
    }

    /**
     * An answer printed while a model writes it, as its checked text grows, on a line of its own that the
     * complete reply, with its sources, then follows.
     */
    private static final class Draft implements Consumer<String> {
        private final PrintWriter out;
        private String printed = "";

        Draft(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void accept(String text) {
            if (text.startsWith(printed)) {
                out.print((printed.isEmpty() ? "… " : "") + text.substring(printed.length()).replace("\n", " "));
            } else {
                out.print((printed.isEmpty() ? "… " : "\n… ") + text.replace("\n", " "));
            }
            out.flush();
            printed = text;
        }

        void end() {
            if (!printed.isEmpty()) {
                out.println();
                out.println();
            }
        }
    }

    private static String firstWord(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+", 2);
        return words[0];
    }

    private static String prompt(BufferedReader in, PrintWriter out, boolean interactive) throws IOException {
        if (interactive) {
            out.print("> ");
            out.flush();
        }
        return in.readLine();
    }
}
