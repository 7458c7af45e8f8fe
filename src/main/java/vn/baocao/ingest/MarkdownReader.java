package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown file into plain paragraphs: blank lines, headings and list items separate
 * paragraphs; the syntax (emphasis, links, images, code fences, quotes) is stripped; the first
 * level-1 heading is the title hint.
 *
 * <p>Lines inside a paragraph are joined, as Markdown renders them. Images are dropped with their
 * alt text, which is a photo caption, not prose. Code inside fences is kept as text.
 */
final class MarkdownReader implements DocumentReader {
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^]]+]:\\s*\\S+.*$");

    @Override
    public RawDocument read(String name, byte[] content) {
        var collector = new Collector();
        boolean inFence = false;
        for (String rawLine : TextDecoder.decode(name, content).split("\\R", -1)) {
            if (FENCE.matcher(rawLine).matches()) {
                collector.endParagraph();
                inFence = !inFence;
            } else if (inFence) {
                collector.addLine(rawLine);
            } else {
                readLine(QUOTE.matcher(rawLine).replaceFirst(""), collector);
            }
        }
        collector.endParagraph();
        return new RawDocument(collector.blocks, collector.title, "", null);
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
            collector.addLine(item.group(1));
        } else {
            collector.addLine(line);
        }
    }

    /** Accumulates lines into paragraphs and remembers the first level-1 heading. */
    private static final class Collector {
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> open = new ArrayList<>();
        private String title = "";

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
