package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.text.Sentences;
import vn.baocao.text.VietnameseText;

/**
 * Finds a report's headline and takes it out of the body, which then starts with the lead.
 *
 * <p>In order: the title the format declares (HTML h1 or meta, Markdown #, DOCX Title style); the
 * first paragraph when it reads as a headline (short, no final period); a numbered photo caption
 * ("… - Ảnh 1."), which sites that print no headline line derive from it; last, the lead's first
 * sentence, shortened. The title is metadata: it never becomes a passage.
 */
final class TitleExtractor {
    private static final int MAX_HEADLINE = 250;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_SENTENCE_TITLE = 150;
    private static final int LOOK_FOR_COPY = 3;
    /** How many lines a printed headline may take. */
    private static final int MAX_TITLE_LINES = 4;

    /** The title and the body without it; the body is returned unchanged when the title is not in it. */
    Titled extract(CleanDocument document, String declaredTitle) {
        List<Block> body = document.body();
        String declared = VietnameseText.normalize(declaredTitle);
        if (!declared.isEmpty()) {
            return new Titled(withoutFinalPeriod(declared), withoutCopyOf(declared, body));
        }
        if (body.size() > 1 && isHeadline(body.get(0))) {
            return new Titled(withoutFinalPeriod(body.get(0).text()), body.subList(1, body.size()));
        }
        if (!document.photoTitle().isEmpty()) {
            return new Titled(withoutFinalPeriod(document.photoTitle()), body);
        }
        String lead = body.isEmpty() ? "" : Sentences.split(body.get(0).text()).get(0);
        return new Titled(shortened(withoutFinalPeriod(lead)), body);
    }

    private static boolean isHeadline(Block block) {
        String text = block.text();
        boolean shortWithoutPeriod = text.length() <= MAX_HEADLINE && !text.matches(".*[.,;:]$");
        return block.heading() || shortWithoutPeriod && text.split(" ").length >= MIN_HEADLINE_WORDS;
    }

    /**
     * {@code body} without the title's copy among its first blocks: one block that is the title, or the
     * title's lines as blocks of their own (a printed headline), the last of which may run on into what
     * follows it ("… vươn mình Hà Nội, ngày 20/8/2025"), which is kept.
     */
    private static List<Block> withoutCopyOf(String title, List<Block> body) {
        String key = VietnameseText.fold(withoutFinalPeriod(title));
        for (int i = 0; i < Math.min(LOOK_FOR_COPY, body.size()); i++) {
            if (VietnameseText.fold(withoutFinalPeriod(body.get(i).text())).equals(key)) {
                List<Block> rest = new ArrayList<>(body);
                rest.remove(i);
                return rest;
            }
            java.util.Optional<List<Block>> lines = withoutTitleLines(key, body, i);
            if (lines.isPresent()) {
                return lines.get();
            }
        }
        return body;
    }

    /** {@code body} without the title's lines starting at block {@code from}, when they are there. */
    private static java.util.Optional<List<Block>> withoutTitleLines(String key, List<Block> body, int from) {
        String joined = "";
        for (int j = from; j < Math.min(body.size(), from + MAX_TITLE_LINES); j++) {
            String text = body.get(j).text().strip();
            String line = VietnameseText.fold(text);
            String withLine = joined.isEmpty() ? line : joined + " " + line;
            List<Block> rest = new ArrayList<>(body);
            if (j > from && VietnameseText.fold(withoutFinalPeriod(withLine)).equals(key)) {
                rest.subList(from, j + 1).clear();
                return java.util.Optional.of(rest);
            }
            String remaining = joined.isEmpty() ? key : key.startsWith(joined + " ") ? key.substring(joined.length() + 1) : null;
            if (j > from && remaining != null && line.startsWith(remaining + " ") && line.length() == text.length()) {
                rest.set(j, body.get(j).withText(text.substring(remaining.length()).strip()));
                rest.subList(from, j).clear();
                return java.util.Optional.of(rest);
            }
            if (!key.startsWith(withLine + " ")) {
                return java.util.Optional.empty();
            }
            joined = withLine;
        }
        return java.util.Optional.empty();
    }

    private static String withoutFinalPeriod(String text) {
        String stripped = text.strip();
        boolean period = stripped.endsWith(".") && !stripped.endsWith("...");
        return period ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String shortened(String sentence) {
        if (sentence.length() <= MAX_SENTENCE_TITLE) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_SENTENCE_TITLE);
        return sentence.substring(0, cut > 0 ? cut : MAX_SENTENCE_TITLE) + "…";
    }

    /**
     * A headline and the body that follows it.
     *
     * @param title the headline, normalised, without a final period; may be empty only for an empty body
     * @param body  the article's paragraphs without the headline
     */
    record Titled(String title, List<Block> body) {
        Titled {
            body = List.copyOf(body);
        }
    }
}
