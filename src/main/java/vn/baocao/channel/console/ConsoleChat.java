package vn.baocao.channel.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.PlainText;

/**
 * A console conversation: each input line is a message to the {@link ChatService}, each reply is
 * printed as plain text followed by a blank line. Ends at end of input or on "/thoat".
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
                out.println(PlainText.format(chat.handle(CHAT_ID, line)));
                out.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("console: cannot read standard input", e);
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
