package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the lines PDFBox extracts: the lines of one paragraph are joined with a
 * space, paragraphs end at PDFBox's paragraph marks, at blank lines and after a line much shorter
 * than its neighbours; a paragraph cut by a page break is joined again.
 *
 * <p>The short-line rule catches PDFs exported with no extra space between paragraphs, where the
 * only sign of a paragraph's end is its short last line. A page break joins when the text before it
 * does not end a sentence and the text after it starts in lower case. Hyphens are kept as they are:
 * Vietnamese syllables are short and are not hyphenated across lines.
 */
final class PdfParagraphs {
    static final String PARAGRAPH_END = "\u2029";
    static final String PAGE_END = "\f";
    private static final double SHORT_LINE = 0.6;
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:\"”)]$");

    private PdfParagraphs() {
    }

    /** The paragraphs of {@code text} as extracted with {@link #PARAGRAPH_END} and {@link #PAGE_END} marks. */
    static List<Block> of(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String page : text.split(PAGE_END)) {
            List<String> onPage = new ArrayList<>();
            for (String marked : BLANK_LINES.matcher(page).replaceAll(PARAGRAPH_END).split(PARAGRAPH_END)) {
                List<String> lines = marked.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
                onPage.addAll(splitAfterShortLines(lines));
            }
            appendPage(paragraphs, onPage);
        }
        return paragraphs.stream().map(Block::paragraph).toList();
    }

    private static List<String> splitAfterShortLines(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        List<String> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            current.add(lines.get(i));
            boolean last = i == lines.size() - 1;
            if (last || lines.get(i).length() < SHORT_LINE * longest) {
                paragraphs.add(String.join(" ", current));
                current.clear();
            }
        }
        return paragraphs;
    }

    private static void appendPage(List<String> paragraphs, List<String> page) {
        if (page.isEmpty()) {
            return;
        }
        int previous = paragraphs.size() - 1;
        String first = page.get(0);
        if (previous >= 0 && !SENTENCE_END.matcher(paragraphs.get(previous)).find()
                && Character.isLowerCase(first.codePointAt(0))) {
            paragraphs.set(previous, paragraphs.get(previous) + " " + first);
            paragraphs.addAll(page.subList(1, page.size()));
        } else {
            paragraphs.addAll(page);
        }
    }
}
