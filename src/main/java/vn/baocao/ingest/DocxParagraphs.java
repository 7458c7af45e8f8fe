package vn.baocao.ingest;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams WordprocessingML ({@code word/document.xml}) with StAX into paragraphs: each {@code w:p}
 * is one, made of its runs' {@code w:t} text, {@code w:tab} as a space and {@code w:br} as a line
 * break that ends a paragraph, a point of a bulleted or numbered list opening with a dash; the first
 * paragraph styled Title, or Heading1 above every plain paragraph and unnumbered, is the title hint.
 *
 * <p>Only {@code w:t} carries visible text: field codes ({@code w:instrText}) and deleted text
 * ({@code w:delText}) are skipped. Paragraphs nested in text boxes are kept apart from the one
 * around them. A table row is one paragraph, each cell labelled with its column's heading when the
 * table's first row gives headings ({@link TableRows}). DTDs and external entities are disabled, as the
 * file comes from outside.
 */
final class DocxParagraphs {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Paragraph> open = new ArrayDeque<>();
    private final TableRows table = new TableRows();
    private String title = "";
    /** Paragraphs not styled as headings so far: the title is a heading above them all. */
    private int blocksBefore;
    /** Whether a heading may still be the title: no section has been opened yet. */
    private boolean titleOpen = true;
    /** A mark a list's point may already be written with: "-", "•", "1.", "a)". */
    private static final java.util.regex.Pattern LIST_MARK = java.util.regex.Pattern.compile("\\s*(?:[-–•+*]|\\d{1,2}[.)]|[a-zđ]\\))\\s");
    private static final java.util.regex.Pattern SECTION_NUMBER = java.util.regex.Pattern.compile(Prose.SECTION_NUMBER);

    private final String name;
    /** The characters of text read so far. */
    private long chars;

    private DocxParagraphs(String name) {
        this.name = name;
    }

    /**
     * The paragraphs and title hint of a {@code document.xml} stream.
     *
     * @throws IngestException naming {@code name} when its text grows past {@link TextLimits#MAX_TEXT_CHARS}
     */
    static RawDocument read(String name, InputStream documentXml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml = factory.createXMLStreamReader(documentXml);
        try {
            var document = new DocxParagraphs(name);
            document.consume(xml);
            return new RawDocument(document.blocks, document.title, "", null);
        } finally {
            xml.close();
        }
    }

    private void consume(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            boolean wordElement = (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                    && W.equals(xml.getNamespaceURI());
            if (!wordElement) {
                continue;
            }
            String element = xml.getLocalName();
            if (event == XMLStreamConstants.END_ELEMENT) {
                switch (element) {
                    case "p" -> close(open.pop());
                    case "tc" -> table.endCell();
                    case "tr" -> table.endRow().ifPresent(row -> blocks.add(Block.tableRow(row)));
                    case "tbl" -> table.end().ifPresent(row -> blocks.add(Block.tableRow(row)));
                    default -> {
                        // the end of any other element changes nothing read
                    }
                }
            } else if (element.equals("p")) {
                open.push(new Paragraph());
            } else if (element.equals("tbl")) {
                table.start();
            } else if (element.equals("tr")) {
                table.startRow();
            } else if (element.equals("tc")) {
                table.startCell();
            } else if (!open.isEmpty()) {
                start(element, xml);
            }
        }
    }

    private void start(String element, XMLStreamReader xml) throws XMLStreamException {
        Paragraph paragraph = open.peek();
        switch (element) {
            case "t" -> {
                String text = xml.getElementText();
                chars += text.length();
                if (chars > TextLimits.MAX_TEXT_CHARS) {
                    throw TextLimits.tooMuchText(name);
                }
                paragraph.text.append(text);
            }
            case "tab" -> paragraph.text.append(' ');
            case "br", "cr" -> paragraph.text.append('\n');
            case "pStyle" -> paragraph.style = xml.getAttributeValue(W, "val");
            case "numPr" -> paragraph.listed = true;
            default -> {
                // other elements (run properties, bookmarks, field codes) carry no visible text
            }
        }
    }

    private void close(Paragraph paragraph) {
        if (table.inCell()) {
            table.add(paragraph.text.toString().replace('\n', ' ').strip());
            return;
        }
        String style = paragraph.style == null ? "" : paragraph.style;
        boolean heading = style.equals("Title") || style.startsWith("Heading");
        // a bullet or a number Word draws from its list numbering is no character of the text: a point of a list
        // is written with a dash, as the lists of plain text are, so that it reads as one
        boolean point = !heading && (paragraph.listed || style.startsWith("List"));
        for (String line : paragraph.text.toString().split("\n")) {
            if (!line.isBlank()) {
                // a labelled header line in a list ("Thời gian: …", "Chủ trì: …") stays a label, as it is read
                boolean dashed = point && !LIST_MARK.matcher(line).lookingAt() && !Prose.isLabelled(line.strip());
                blocks.add(new Block(dashed ? "- " + line.strip() : line, heading));
                point = false;
            }
        }
        String text = paragraph.text.toString().replace('\n', ' ').strip();
        // a first heading under paragraphs of its own, or numbered ("1. Thông tin chung"), opens a section: the
        // title is in the paragraphs above it
        boolean section = !style.equals("Title") && (blocksBefore > 0 || SECTION_NUMBER.matcher(text).lookingAt());
        if (title.isEmpty() && titleOpen && (style.equals("Title") || style.equals("Heading1")) && !text.isEmpty() && !section) {
            title = text;
        }
        if (!text.isEmpty()) {
            titleOpen &= !heading || !section;
            // a masthead over the headline ("… | Số 52/2024") is no paragraph the headline opens a section after
            blocksBefore += heading || Prose.isMasthead(text) ? 0 : 1;
        }
    }

    /** A paragraph being read: its text so far and its style id. */
    private static final class Paragraph {
        private final StringBuilder text = new StringBuilder();
        private String style;
        /** Whether Word numbers or bullets it as a point of a list. */
        private boolean listed;
    }
}
