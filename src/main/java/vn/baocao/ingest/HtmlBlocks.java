package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML element into paragraphs in document order: every block element (p, h1–h6, li,
 * blockquote, div, td, …) and every {@code <br>} ends one, inline elements only add their text.
 *
 * <p>Text sitting directly in a {@code <div>} next to child blocks becomes a paragraph of its own,
 * which is how many Vietnamese news sites write their body.
 */
final class HtmlBlocks implements NodeVisitor {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "ul", "ol", "blockquote",
            "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "dd", "dt", "dl", "pre",
            "section", "article", "main", "header", "figure", "address", "body");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private HtmlBlocks() {
    }

    /** The paragraphs of {@code root}, headings marked. */
    static List<Block> of(Element root) {
        var visitor = new HtmlBlocks();
        NodeTraversor.traverse(visitor, root);
        visitor.flush(false);
        return visitor.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            text.append(textNode.getWholeText());
        } else if (node instanceof Element element && (isBlock(element) || element.normalName().equals("br"))) {
            flush(false);
            if (element.normalName().equals("li") && element.parent() != null && element.parent().normalName().equals("ol")) {
                // an item of a numbered list keeps its number, as a reader sees it: what makes it a point of a list
                text.append(firstNumber(element.parent()) + element.elementSiblingIndex()).append(". ");
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && isBlock(element)) {
            flush(HEADING_TAGS.contains(element.normalName()) && !isLead(element));
        }
    }

    /** The number of a numbered list's first item: its {@code start}, else 1. */
    private static int firstNumber(Element list) {
        String start = list.attr("start").strip();
        return start.matches("\\d{1,4}") ? Integer.parseInt(start) : 1;
    }

    /**
     * True when {@code element} is an article's lead set as a heading ({@code <h2 class="sapo">}, as Vietnamese
     * news sites call it): prose that tells where and when the meeting was held, not a heading.
     */
    private static boolean isLead(Element element) {
        return element.classNames().stream().map(c -> c.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(c -> c.contains("sapo") || c.equals("lead") || c.contains("summary") || c.equals("description"));
    }

    private static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    private void flush(boolean heading) {
        String paragraph = text.toString().strip();
        text.setLength(0);
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(paragraph, heading));
        }
    }
}
