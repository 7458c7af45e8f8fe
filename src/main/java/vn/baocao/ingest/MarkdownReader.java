package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.report.ReportInfo;

/**
 * Reads a Markdown file into plain paragraphs: blank lines, headings and list items separate
 * paragraphs; the syntax (emphasis, links, images, code fences, quotes) is stripped; the first
 * level-1 heading is the title hint, unless front matter ("---" YAML or "+++" TOML) gives a title; its
 * date and address are the document's, and it is never read as text.
 *
 * <p>Lines inside a paragraph are joined, as Markdown renders them. Images are dropped with their
 * alt text, which is a photo caption, not prose. Code inside fences is kept as text. A pipe table's
 * rows are read as rows ({@link TableRows}: each cell after its column's heading), its delimiter row
 * ("|---|:---:|") dropped.
 */
final class MarkdownReader implements DocumentReader {
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");
    /** A list item: its marker (a number for an ordered list) and its text. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|(\\d{1,3})[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^]]+]:\\s*\\S+.*$");
    /** A row of a pipe table, as exports write it: between pipes. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    /** The row under a pipe table's headings: dashes, with colons for alignment. */
    private static final Pattern DELIMITER_ROW =
            Pattern.compile("^\\s*\\|?(\\s*:?-+:?\\s*\\|)+\\s*(:?-+:?\\s*)?$");
    /** A pipe between cells; one escaped as "\\|" is text of its cell. */
    private static final Pattern CELL_BORDER = Pattern.compile("(?<!\\\\)\\|");

    @Override
    public RawDocument read(String name, byte[] content) {
        var collector = new Collector();
        boolean inFence = false;
        String[] lines = TextDecoder.decode(name, content).split("\\R", -1);
        FrontMatter front = FrontMatter.of(lines);
        for (String rawLine : java.util.Arrays.asList(lines).subList(front.lines(), lines.length)) {
            if (FENCE.matcher(rawLine).matches()) {
                collector.endParagraph();
                inFence = !inFence;
            } else if (inFence) {
                collector.addLine(rawLine);
            } else if (TABLE_ROW.matcher(rawLine).matches()) {
                collector.tableRow(rawLine);
            } else {
                collector.endTable();
                readLine(QUOTE.matcher(rawLine).replaceFirst(""), collector);
            }
        }
        collector.endTable();
        collector.endParagraph();
        return new RawDocument(collector.blocks, front.title().isEmpty() ? collector.title : front.title(), front.url(),
                front.date(), new ReportInfo.Credits(front.author(), front.publisher(), ""));
    }

    /**
     * The metadata a Markdown export puts before the text, between "---" lines (YAML) or "+++" lines
     * (TOML): never text to index, but the title, date and address of the document.
     *
     * @param lines how many lines it takes at the start of the file, 0 when there is none
     */
    private record FrontMatter(int lines, String title, java.time.LocalDate date, String url, String author,
                               String publisher) {
        private static final Pattern FIELD = Pattern.compile("^\\s*([A-Za-z_]+)\\s*[:=]\\s*(.*?)\\s*$");
        /** An escaped quotation mark or backslash inside a double-quoted value. */
        private static final Pattern DOUBLE_QUOTED_ESCAPE = Pattern.compile("\\\\([\"\\\\])");
        private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
        private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
        private static final int MAX_LINES = 60;

        static FrontMatter of(String[] lines) {
            int first = 0;
            while (first < lines.length && lines[first].isBlank()) {
                first++;
            }
            String fence = first < lines.length ? lines[first].strip() : "";
            if (!fence.equals("---") && !fence.equals("+++")) {
                return new FrontMatter(0, "", null, "", "", "");
            }
            String title = "";
            String author = "";
            String publisher = "";
            java.time.LocalDate date = null;
            String url = "";
            for (int i = first + 1; i < Math.min(lines.length, first + MAX_LINES); i++) {
                if (lines[i].strip().equals(fence)) {
                    return new FrontMatter(i + 1, title, date, url, author, publisher);
                }
                Matcher field = FIELD.matcher(lines[i]);
                if (!field.matches()) {
                    continue;
                }
                String key = field.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = unquoted(field.group(2));
                switch (key) {
                    case "title" -> title = value;
                    case "date", "published", "pubdate" -> date = date == null ? date(value) : date;
                    case "url", "link", "canonical" -> url = url.isEmpty() && value.startsWith("http") ? value : url;
                    case "source", "publisher", "site" -> {
                        if (value.startsWith("http")) {
                            url = url.isEmpty() ? value : url;
                        } else {
                            publisher = publisher.isEmpty() ? value : publisher;
                        }
                    }
                    case "author", "authors", "byline" -> author = author.isEmpty() ? value : author;
                    default -> {
                    }
                }
            }
            return new FrontMatter(0, "", null, "", "", ""); // an opening "---" never closed is a rule, not front matter
        }

        /**
         * {@code value} as YAML and TOML read it: a double-quoted string with its escapes undone
         * ({@code \"} is a quotation mark inside it, {@code \\} a backslash), a single-quoted one with
         * {@code ''} as one apostrophe; anything else as written.
         */
        static String unquoted(String value) {
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                return DOUBLE_QUOTED_ESCAPE.matcher(value.substring(1, value.length() - 1)).replaceAll("$1");
            }
            if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                return value.substring(1, value.length() - 1).replace("''", "'");
            }
            return value;
        }

        private static java.time.LocalDate date(String value) {
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.find()) {
                return Datelines.dayMonthYear(Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(1))).orElse(null);
            }
            Matcher dayFirst = DAY_FIRST.matcher(value);
            return dayFirst.find() ? Datelines.dayMonthYear(Integer.parseInt(dayFirst.group(1)),
                    Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(3))).orElse(null) : null;
        }
    }

    private static void readLine(String line, Collector collector) {
        Matcher heading = ATX_HEADING.matcher(line);
        Matcher item = LIST_ITEM.matcher(line);
        if (line.isBlank() || LINK_DEFINITION.matcher(line).matches()) {
            collector.endParagraph();
        } else if (SETEXT_UNDERLINE.matcher(line).matches() && collector.hasOpenParagraph()) {
            collector.endAsHeading(line.strip().startsWith("="));
        } else if (RULE.matcher(line).matches()) {
            collector.endParagraph();
        } else if (heading.matches()) {
            collector.endParagraph();
            collector.heading(heading.group(2), heading.group(1).length() == 1);
        } else if (item.matches()) {
            collector.endParagraph();
            // the item keeps its marker, as a reader sees it: "2." or "-" is what makes it a point of a list
            collector.addLine((item.group(1) != null ? item.group(1) + ". " : "- ") + item.group(2));
        } else {
            collector.addLine(line);
        }
    }

    /** Accumulates lines into paragraphs and table rows, and remembers the first level-1 heading. */
    private static final class Collector {
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> open = new ArrayList<>();
        private final TableRows table = new TableRows();
        private boolean inTable;
        private String title = "";

        /** Reads {@code line}, a row of a pipe table, opening the table at its first row. */
        void tableRow(String line) {
            if (!inTable) {
                endParagraph();
                table.start();
                inTable = true;
            }
            if (DELIMITER_ROW.matcher(line).matches()) {
                return;
            }
            String inner = line.strip();
            inner = inner.substring(1, inner.length() - 1); // the borders, which TABLE_ROW asks for
            table.startRow();
            for (String cell : CELL_BORDER.split(inner, -1)) {
                table.startCell();
                table.add(MarkdownInline.strip(cell.replace("\\|", "|")).strip());
                table.endCell();
            }
            table.endRow().ifPresent(row -> blocks.add(Block.tableRow(row)));
        }

        /** Ends the pipe table being read, if any. */
        void endTable() {
            if (inTable) {
                table.end().ifPresent(row -> blocks.add(Block.tableRow(row)));
                inTable = false;
            }
        }

        boolean hasOpenParagraph() {
            return !open.isEmpty();
        }

        void addLine(String line) {
            open.add(line.strip());
        }

        void endParagraph() {
            if (!open.isEmpty()) {
                add(String.join(" ", open), false);
                open.clear();
            }
        }

        void endAsHeading(boolean levelOne) {
            String text = String.join(" ", open);
            open.clear();
            heading(text, levelOne);
        }

        void heading(String text, boolean levelOne) {
            String plain = MarkdownInline.strip(text);
            if (levelOne && title.isEmpty()) {
                title = plain;
            }
            add(plain, true);
        }

        private void add(String text, boolean heading) {
            String plain = heading ? text : MarkdownInline.strip(text);
            if (!plain.isBlank()) {
                blocks.add(new Block(plain, heading));
            }
        }
    }
}
