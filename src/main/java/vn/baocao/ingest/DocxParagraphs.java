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
 * break that ends a paragraph; the first paragraph styled Title or Heading1 is the title hint.
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

    private DocxParagraphs() {
    }

    /** The paragraphs and title hint of a {@code document.xml} stream. */
    static RawDocument read(InputStream documentXml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml = factory.createXMLStreamReader(documentXml);
        try {
            var document = new DocxParagraphs();
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
            case "t" -> paragraph.text.append(xml.getElementText());
            case "tab" -> paragraph.text.append(' ');
            case "br", "cr" -> paragraph.text.append('\n');
            case "pStyle" -> paragraph.style = xml.getAttributeValue(W, "val");
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
        for (String line : paragraph.text.toString().split("\n")) {
            if (!line.isBlank()) {
                blocks.add(new Block(line, heading));
            }
        }
        if (title.isEmpty() && (style.equals("Title") || style.equals("Heading1")) && !paragraph.text.isEmpty()) {
            title = paragraph.text.toString().replace('\n', ' ').strip();
        }
    }

    /** A paragraph being read: its text so far and its style id. */
    private static final class Paragraph {
        private final StringBuilder text = new StringBuilder();
        private String style;
    }
}
