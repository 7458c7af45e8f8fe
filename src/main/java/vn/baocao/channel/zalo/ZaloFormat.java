package vn.baocao.channel.zalo;

import java.util.List;
import vn.baocao.channel.MessageSplitter;
import vn.baocao.chat.PlainText;
import vn.baocao.chat.Reply;

/**
 * Formats the chat's replies for Zalo, which has neither markup nor buttons: exactly the console's plain
 * text — the answer, "Nguồn:" with one numbered line per source, and the "/nguon n" hint — cut into
 * messages of at most {@value #MAX_CHARS} characters at paragraph breaks, never between a marker and its text.
 */
final class ZaloFormat {
    /** Zalo's limit for one message's text. */
    static final int MAX_CHARS = 2000;

    private ZaloFormat() {
    }

    /** {@code reply} as Zalo messages, in order. */
    static List<String> render(Reply reply) {
        return text(PlainText.format(reply));
    }

    /** {@code text} as Zalo messages, in order. */
    static List<String> text(String text) {
        return MessageSplitter.plain(text, MAX_CHARS);
    }
}
