package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the lines PDFBox extracts: the lines of one paragraph are joined with a
 * space, paragraphs end at PDFBox's paragraph marks, at blank lines and after a line much shorter
 * than its neighbours; a paragraph cut by a page break is joined again.
 *
 * <p>Running headers and footers are dropped first: a line at the top or bottom of most pages, its
 * page number aside, and a bare page number.
 *
 * <p>The short-line rule catches PDFs exported with no extra space between paragraphs, where the
 * only sign of a paragraph's end is its short last line. A page break joins when the text before it
 * does not end a sentence and the text after it starts in lower case. Hyphens are kept as they are:
 * Vietnamese syllables are short and are not hyphenated across lines.
 */
final class PdfParagraphs {
    static final String PARAGRAPH_END = "\u2029";
    static final String PAGE_END = "\f";
    /** How a numbered section's name, or a lettered point, opens a line: "5. ", "II. ", "a) ". */
    private static final Pattern SECTION_START = Pattern.compile("(?:" + Prose.SECTION_NUMBER + "|[a-h][.)]\\s+)\\p{Lu}");
    /** The end of a sentence or of a clause ("…;") at the end of a line; unlike {@link #SENTENCE_END}, not a bracket. */
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[.;:!?…”\"]\\s*$");
    private static final double SHORT_LINE = 0.6;
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:\"”)]$");
    /** How many lines at the top and at the bottom of a page may be its running header or footer. */
    private static final int EDGE_LINES = 2;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** A year alone: "2023". */
    private static final Pattern A_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** A page number as a line of its own, its digits already "#": "#", "- # -", "#/#", "Trang #", "Trang # / #", "Page # of #". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?iu)(?:trang|page|tr\\.)?\\s*[-–—]?\\s*#\\s*(?:(?:/|of|trên)\\s*#)?\\s*[-–—]?");

    private PdfParagraphs() {
    }

    /** The paragraphs of {@code text} as extracted with {@link #PARAGRAPH_END} and {@link #PAGE_END} marks. */
    static List<Block> of(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String page : withoutPageFurniture(List.of(text.split(PAGE_END)))) {
            List<String> onPage = new ArrayList<>();
            for (List<String> lines : withOpenLinesJoined(BLANK_LINES.matcher(page).replaceAll(PARAGRAPH_END).split(PARAGRAPH_END))) {
                onPage.addAll(splitAfterShortLines(lines));
            }
            appendPage(paragraphs, onPage);
        }
        return paragraphs.stream().map(Block::paragraph).toList();
    }

    /**
     * The pages without their running headers and footers: a line among the first or last {@value #EDGE_LINES}
     * of a page that, with its numbers ignored, stands at an edge of most pages ("BẢN TIN ĐỐI NGOẠI | Số 52",
     * "Trang 2/3"), and a bare page number at an edge of any page ("- 2 -", "2/3", "Trang 2").
     */
    static List<String> withoutPageFurniture(List<String> pages) {
        List<List<String>> lines = pages.stream().map(p -> List.of(p.split("\n", -1))).toList();
        java.util.Map<String, Integer> pagesWith = new java.util.HashMap<>();
        for (List<String> page : lines) {
            edgeKeys(page).stream().distinct().forEach(key -> pagesWith.merge(key, 1, Integer::sum));
        }
        int most = Math.max(2, (pages.size() + 1) / 2);
        List<String> out = new ArrayList<>();
        for (List<String> page : lines) {
            List<Integer> edges = edgeIndexes(page);
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                // a year on a line of its own is the end of a headline ("… NĂM / 2023"), no page's number
                boolean pageNumber = PAGE_NUMBER.matcher(key(line)).matches() && !A_YEAR.matcher(line.strip()).matches();
                boolean furniture = edges.contains(i) && (pageNumber
                        || pages.size() >= 2 && pagesWith.getOrDefault(key(line), 0) >= most);
                // a paragraph mark on a dropped line still ends the paragraph before it
                kept.append(furniture ? (line.contains(PARAGRAPH_END) ? PARAGRAPH_END : "") : line);
                if (i < page.size() - 1) {
                    kept.append('\n');
                }
            }
            out.add(kept.toString());
        }
        return out;
    }

    private static List<String> edgeKeys(List<String> page) {
        return edgeIndexes(page).stream().map(i -> key(page.get(i))).filter(k -> !k.isEmpty()).toList();
    }

    /** The indexes of the first and last {@value #EDGE_LINES} lines of a page that have text. */
    private static List<Integer> edgeIndexes(List<String> page) {
        List<Integer> withText = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!key(page.get(i)).isEmpty()) {
                withText.add(i);
            }
        }
        List<Integer> edges = new ArrayList<>(withText.subList(0, Math.min(EDGE_LINES, withText.size())));
        withText.subList(Math.max(0, withText.size() - EDGE_LINES), withText.size()).stream()
                .filter(i -> !edges.contains(i)).forEach(edges::add);
        return edges;
    }

    /** A line as the furniture rules compare it: without marks, spaces at its ends, or which page it is on. */
    private static String key(String line) {
        return DIGITS.matcher(line.replace(PARAGRAPH_END, "").strip()).replaceAll("#");
    }

    /**
     * The lines of each marked paragraph of a page, a paragraph of two lines or more joined to the next when
     * its last line is open — as long as the page's lines, with no sentence's end, no section's number and
     * not in capitals — and the next opens no section.
     *
     * <p>PDFBox marks a paragraph's end after the first line under a heading in another font ("1. Khái quát /
     * Ngày 5/7/2024, tại …, Bộ Ngoại giao ¶ Việt Nam phối hợp …"): the sentence, and a name across the
     * break, would otherwise be cut in two.
     */
    private static List<List<String>> withOpenLinesJoined(String[] marked) {
        List<List<String>> groups = new ArrayList<>();
        for (String paragraph : marked) {
            List<String> lines = paragraph.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (!lines.isEmpty()) {
                groups.add(new ArrayList<>(lines));
            }
        }
        int longest = groups.stream().flatMap(List::stream).mapToInt(String::length).max().orElse(0);
        List<List<String>> joined = new ArrayList<>();
        for (List<String> group : groups) {
            boolean opensASection = SECTION_START.matcher(group.getFirst()).lookingAt() || Prose.inCapitals(group.getFirst());
            // a line alone may be a heading in a larger font, as long as the lines of the text around it
            boolean open = !joined.isEmpty() && joined.getLast().size() >= 2 && isOpen(joined.getLast().getLast(), longest);
            if (open && !opensASection) {
                joined.getLast().addAll(group);
            } else {
                joined.add(group);
            }
        }
        return joined;
    }

    /** True when {@code line}, of a page whose longest line has {@code longest} characters, goes on in the next. */
    private static boolean isOpen(String line, int longest) {
        return line.length() >= SHORT_LINE * longest && !ENDS_A_SENTENCE.matcher(line).find()
                && !SECTION_START.matcher(line).lookingAt() && !Prose.inCapitals(line);
    }

    private static List<String> splitAfterShortLines(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        List<String> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean section = SECTION_START.matcher(line).lookingAt();
            // "5. Kết luận của Thứ trưởng …" after a sentence's end opens a section: its name is a line of its own
            if (section && !current.isEmpty() && ENDS_A_SENTENCE.matcher(current.getLast()).find()) {
                paragraphs.add(String.join(" ", current));
                current.clear();
            }
            current.add(line);
            boolean last = i == lines.size() - 1;
            boolean sectionName = section && !ENDS_A_SENTENCE.matcher(line).find() && !last
                    && Character.isUpperCase(lines.get(i + 1).codePointAt(0));
            if (last || line.length() < SHORT_LINE * longest || sectionName) {
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
