package vn.baocao.answer.llm;

import java.util.regex.Pattern;
import vn.baocao.text.VietnameseText;

/**
 * Text baocao did not write — a report's passage on its way to the model, the model's reply on its way to
 * the user — made plain: markup taken out, links kept only where the sources have them, and sentences
 * that speak to a language model ("ignore previous instructions") recognised, so that they are neither
 * obeyed from a report nor shown from a reply.
 */
final class Untrusted {
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z!][^<>]{0,500}>");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\n]*\\)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]*[^\\]\\n\\d][^\\]\\n]*)]\\([^)\\n]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?m)^#{1,6}\\s+|`+");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'”)\\]]*[^\\s<>\"'”)\\].,;:!?…]");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    /** Words that address a language model, folded: no report or answer about a conference has reason to say them. */
    private static final Pattern TO_A_MODEL = Pattern.compile("\\b(?:"
            + "ignore (?:all |any |the )?(?:previous|prior|above|earlier|preceding) (?:instructions?|prompts?|rules)"
            + "|disregard (?:all |any |the )?(?:previous|prior|above|earlier) |system prompt|you are now|new instructions?"
            + "|bo qua (?:tat ca |moi |cac |nhung )?(?:huong dan|chi dan|chi thi|lenh|quy tac|yeu cau)(?: (?:truoc|tren|o tren|ben tren))?"
            + "|khong (?:can )?tuan theo (?:cac |moi )?(?:huong dan|quy tac)|lenh he thong|loi dan he thong"
            + "|(?:ban|tro ly) (?:bay gio |tu nay )?(?:hay|phai) (?:tra loi|noi|viet) (?:rang|la) )");

    private Untrusted() {
    }

    /**
     * {@code text} without HTML tags and entities, Markdown links (their words kept), images and
     * emphasis; what is left is shown as plain text, never rendered.
     */
    static String plain(String text) {
        String s = decodeEntities(TAG.matcher(text).replaceAll(" "));
        s = TAG.matcher(s).replaceAll(" ");
        s = MARKDOWN_IMAGE.matcher(s).replaceAll(" ");
        s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
        s = EMPHASIS.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ");
    }

    /** {@code text} without the links that {@code sources} (the text the model was given) does not have. */
    static String withLinksOnlyFrom(String text, String sources) {
        return LINK.matcher(text).replaceAll(m -> sources.contains(m.group()) ? m.group().replace("$", "\\$") : "");
    }

    /** {@code text} without any link: what the model is shown of a report needs none to answer from. */
    static String withoutLinks(String text) {
        return SPACES.matcher(LINK.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    /** True when {@code sentence} speaks to a language model rather than about a conference. */
    static boolean speaksToAModel(String sentence) {
        return TO_A_MODEL.matcher(" " + String.join(" ", VietnameseText.foldedWords(sentence)) + " ").find();
    }

    private static String decodeEntities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
