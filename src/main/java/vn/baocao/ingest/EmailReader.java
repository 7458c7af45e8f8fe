package vn.baocao.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import vn.baocao.report.ReportInfo;

/**
 * Reads an e-mail saved as a file (.eml: RFC 5322 with MIME) as the report it carries, with Apache James
 * mime4j: encoded headers, multipart bodies and transfer encodings are the library's; what a mail means is
 * ours ({@link MailThread}).
 *
 * <p>The text is the plain part of the body (the HTML part when there is no plain one). A forwarded or quoted
 * message inside it is the document the mail passes on: it comes first, then the notes of whoever forwarded it,
 * innermost first; the header lines of each forward, the quoting marks and the signatures are no text. A
 * document attached in a format baocao reads (PDF, DOCX, HTML, text, Markdown, another e-mail) comes before
 * all of them. The title is the innermost subject without "Fwd:"/"Re:"; the date, the day the innermost
 * message was sent (the press release's "sáng nay"); the author, the sender of the mail; the addressee, its
 * recipients.
 */
final class EmailReader implements DocumentReader {
    /** How many mails may be attached inside one another before the rest is not read. */
    private static final int MAX_NESTING = 3;

    @Override
    public RawDocument read(String name, byte[] content) {
        TextLimits.checkSource(name, content.length);
        return read(name, content, 0);
    }

    private RawDocument read(String name, byte[] content, int depth) {
        Message message = parse(name, content);
        Parts parts = new Parts();
        collect(name, message.getBody(), parts, depth);
        String sent = fieldText(message, "Date");
        MailThread thread = MailThread.of(parts.text.isEmpty() ? parts.html : parts.text, message.getSubject(), sent);
        List<Block> blocks = new ArrayList<>();
        LocalDate date = null;
        String title = "";
        for (RawDocument attached : parts.attached) {
            blocks.addAll(attached.blocks());
            date = date != null ? date : attached.dateHint();
            title = title.isEmpty() ? attached.titleHint() : title;
        }
        for (String text : thread.texts()) {
            if (!text.isBlank()) {
                blocks.addAll(new PlainTextReader().read(name, text.getBytes(StandardCharsets.UTF_8)).blocks());
            }
        }
        if (blocks.isEmpty()) {
            throw new IngestException(name, "the e-mail has no text to read (no plain or HTML body, no readable attachment)");
        }
        var credits = new ReportInfo.Credits(sender(message.getFrom()), "", "", null, names(message.getTo()),
                names(message.getCc()));
        return new RawDocument(blocks, title.isEmpty() ? thread.titleHint() : title, "",
                date != null ? date : thread.sent().orElse(null), credits);
    }

    private static Message parse(String name, byte[] content) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        try {
            return builder.parseMessage(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new IngestException(name, "not a readable e-mail: " + e.getMessage(), e);
        }
    }

    /** What a mail's body holds: its first plain and HTML texts, and the documents attached that can be read. */
    private static final class Parts {
        private String text = "";
        private String html = "";
        private final List<RawDocument> attached = new ArrayList<>();
    }

    private void collect(String name, Body body, Parts parts, int depth) {
        Entity entity = body.getParent();
        String filename = entity.getFilename();
        boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType()) || filename != null && !filename.isBlank();
        if (body instanceof Multipart multipart) {
            multipart.getBodyParts().forEach(part -> collect(name, part.getBody(), parts, depth));
        } else if (body instanceof Message attachedMail) {
            if (depth < MAX_NESTING) {
                parts.attached.add(read(name, bytesOf(name, attachedMail), depth + 1));
            }
        } else if (attachment) {
            attachedDocument(name, filename, body, depth).ifPresent(parts.attached::add);
        } else if (body instanceof TextBody text && entity.getMimeType().equalsIgnoreCase("text/plain") && parts.text.isEmpty()) {
            parts.text = textOf(name, text);
        } else if (body instanceof TextBody text && entity.getMimeType().equalsIgnoreCase("text/html") && parts.html.isEmpty()) {
            parts.html = new HtmlReader().read(name, textOf(name, text).getBytes(StandardCharsets.UTF_8)).blocks().stream()
                    .map(Block::text).reduce((a, b) -> a + "\n\n" + b).orElse("");
        }
    }

    /**
     * The document an attachment called {@code filename} holds, when baocao reads its format; empty otherwise, and
     * for a mail attached deeper than {@link #MAX_NESTING}.
     */
    private Optional<RawDocument> attachedDocument(String name, String filename, Body body, int depth) {
        if (filename == null || !(body instanceof SingleBody single)) {
            return Optional.empty();
        }
        String attached = name + " (" + filename + ")";
        return DocumentFormat.of(filename).filter(format -> format != DocumentFormat.EMAIL || depth < MAX_NESTING).map(format -> {
            try (InputStream in = single.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                return format == DocumentFormat.EMAIL ? read(attached, bytes, depth + 1) : format.reader().read(attached, bytes);
            } catch (IOException e) {
                throw new IngestException(name, "cannot read the attachment " + filename + ": " + e.getMessage(), e);
            }
        });
    }

    private static byte[] bytesOf(String name, Message message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new org.apache.james.mime4j.message.DefaultMessageWriter().writeMessage(message, out);
        } catch (IOException e) {
            throw new IngestException(name, "cannot read an attached e-mail: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static String textOf(String name, TextBody body) {
        try (Reader reader = body.getReader()) {
            java.io.StringWriter out = new java.io.StringWriter();
            reader.transferTo(out);
            return out.toString();
        } catch (IOException e) {
            throw new IngestException(name, "cannot decode the e-mail's text: " + e.getMessage(), e);
        }
    }

    private static String fieldText(Message message, String field) {
        Field found = message.getHeader() == null ? null : message.getHeader().getField(field);
        return found == null ? "" : found.getBody();
    }

    /** The sender's name as the mail writes it, else their address. */
    private static String sender(MailboxList from) {
        return from == null || from.isEmpty() ? "" : nameOf(from.get(0));
    }

    /** The recipients by name (by address when unnamed), comma-separated. */
    private static String names(AddressList addresses) {
        if (addresses == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (Address address : addresses) {
            if (address instanceof Mailbox mailbox) {
                out.add(nameOf(mailbox));
            } else if (address instanceof Group group) {
                out.add(group.getName());
            }
        }
        return String.join(", ", out);
    }

    private static String nameOf(Mailbox mailbox) {
        return mailbox.getName() != null && !mailbox.getName().isBlank() ? mailbox.getName() : mailbox.getAddress();
    }
}
