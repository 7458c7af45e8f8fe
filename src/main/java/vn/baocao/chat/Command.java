package vn.baocao.chat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A chat command: "/nguon 2", "/source 2", "/moi@baocao_bot". Names are Vietnamese first with
 * English aliases; a "@botname" suffix (Telegram groups) is ignored.
 *
 * @param name     what the command asks for
 * @param argument the text after the command word, stripped (the unknown word itself for UNKNOWN)
 */
record Command(Name name, String argument) {

    /** What a command asks for. */
    enum Name { START, HELP, SOURCE, FORGET, CONFERENCES, SAID_BY, WHO_SAID, SUMMARY, UNKNOWN }

    private static final Map<String, Name> NAMES = Map.ofEntries(
            Map.entry("start", Name.START), Map.entry("batdau", Name.START),
            Map.entry("help", Name.HELP), Map.entry("trogiup", Name.HELP), Map.entry("huongdan", Name.HELP),
            Map.entry("nguon", Name.SOURCE), Map.entry("source", Name.SOURCE),
            Map.entry("moi", Name.FORGET), Map.entry("new", Name.FORGET), Map.entry("reset", Name.FORGET),
            Map.entry("hoinghi", Name.CONFERENCES), Map.entry("conferences", Name.CONFERENCES),
            Map.entry("phatbieu", Name.SAID_BY), Map.entry("said", Name.SAID_BY),
            Map.entry("ainoi", Name.WHO_SAID), Map.entry("whosaid", Name.WHO_SAID),
            Map.entry("tomtat", Name.SUMMARY), Map.entry("summary", Name.SUMMARY), Map.entry("summarize", Name.SUMMARY));

    /** The command in {@code text}, or empty when {@code text} is not a command (a question). */
    static Optional<Command> parse(String text) {
        if (!text.startsWith("/") || text.length() < 2 || !Character.isLetter(text.charAt(1))) {
            return Optional.empty();
        }
        int space = text.indexOf(' ');
        String word = (space < 0 ? text.substring(1) : text.substring(1, space)).toLowerCase(Locale.ROOT);
        int at = word.indexOf('@');
        String bare = at < 0 ? word : word.substring(0, at);
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        Name name = NAMES.get(bare);
        return Optional.of(name == null ? new Command(Name.UNKNOWN, "/" + bare) : new Command(name, argument));
    }
}
