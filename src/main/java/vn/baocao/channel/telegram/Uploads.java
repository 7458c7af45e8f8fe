package vn.baocao.channel.telegram;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.baocao.channel.DocumentIntake;
import vn.baocao.channel.Intake;

/**
 * An admin's report upload: the type and size are checked before anything is downloaded, the admin is
 * told at once that the file is being read, then what was ingested — title, date, passages — or why not.
 */
final class Uploads {
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);

    private final DocumentIntake intake;
    private final FileDownloads downloads;
    private final Sender sender;
    private final long maxBytes;

    Uploads(DocumentIntake intake, FileDownloads downloads, Sender sender, long maxBytes) {
        this.intake = intake;
        this.downloads = downloads;
        this.sender = sender;
        this.maxBytes = maxBytes;
    }

    /** These uploads, replying through {@code other}. */
    Uploads replyingWith(Sender other) {
        return new Uploads(intake, downloads, other, maxBytes);
    }

    /** Ingests the document of {@code m}, sent by an admin, and replies in its chat. */
    void receive(Message m) {
        long chatId = m.getChatId();
        boolean group = Addressing.inGroup(m);
        Document doc = m.getDocument();
        String name = doc.getFileName() == null || doc.getFileName().isBlank() ? "tài liệu" : doc.getFileName();
        if (!intake.accepts(name)) {
            reply(chatId, group, m, BotTexts.unsupportedType(name));
            return;
        }
        if (doc.getFileSize() != null && doc.getFileSize() > maxBytes) {
            reply(chatId, group, m, BotTexts.tooLarge(name, doc.getFileSize(), maxBytes));
            return;
        }
        reply(chatId, group, m, BotTexts.receiving(name));
        byte[] content;
        try {
            content = downloads.download(doc.getFileId(), maxBytes);
        } catch (IOException e) {
            LOG.warn("chat {}: cannot download {}: {}", chatId, name, e.getMessage());
            reply(chatId, group, m, BotTexts.downloadFailed(name));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Intake result = intake.ingest(name, content);
        LOG.info("chat {}: upload {} ({} bytes): {}", chatId, name, content.length, result);
        reply(chatId, group, m, switch (result) {
            case Intake.Added a -> BotTexts.added(a.report(), a.passages());
            case Intake.Unchanged u -> BotTexts.unchanged(u.report());
            case Intake.Refused r -> BotTexts.refused(name, r.reason());
        });
    }

    private void reply(long chatId, boolean group, Message m, String html) {
        sender.send(chatId, group, Outgoing.html(html), m.getMessageId());
    }
}
