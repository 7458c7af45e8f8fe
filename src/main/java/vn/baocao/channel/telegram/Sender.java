package vn.baocao.channel.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.baocao.channel.OutgoingLimits;
import vn.baocao.channel.Redactor;
import vn.baocao.channel.Tuning;

/**
 * Everything the bot sends goes through here. Messages are paced by the {@link OutgoingLimits}; a 429
 * waits the {@code retry_after} Telegram asks for, a network error or a 5xx is retried with doubling
 * waits, and a refusal (400, 403: bad request, bot blocked) is logged and given up, never retried. No
 * method throws: a reply that cannot be delivered is logged with its chat id and dropped, and the
 * bot goes on. Chat actions and callback answers are not paced (they are not messages) and are
 * tried once: a late "typing…" is worth nothing.
 */
final class Sender {
    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int BUTTONS_PER_ROW = 5;

    private final TelegramClient client;
    private final OutgoingLimits limits;
    private final Tuning tuning;
    private final Redactor redactor;

    Sender(TelegramClient client, Tuning tuning, Redactor redactor) {
        this.client = client;
        this.limits = new OutgoingLimits(tuning.limits(), tuning.time());
        this.tuning = tuning;
        this.redactor = redactor;
    }

    /**
     * Sends {@code out} to {@code chatId}: its pieces in order, the first one as a reply to message
     * {@code replyTo} when not null, the buttons under the last. Returns false when a piece could not be
     * delivered (the rest are then not sent).
     */
    boolean send(long chatId, boolean group, Outgoing out, Integer replyTo) {
        List<String> pieces = out.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(pieces.get(i))
                    .parseMode("HTML").linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (i == 0 && replyTo != null) {
                message.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
            }
            if (i == pieces.size() - 1 && out.hasButtons()) {
                message.replyMarkup(keyboard(out));
            }
            if (call(message.build(), chatId, group, true).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sends {@code html} to {@code chatId} as one message, as a reply to {@code replyTo} when not null:
     * the first draft of an answer being written. Returns the message's id, empty when it was not delivered.
     */
    Optional<Integer> sendDraft(long chatId, boolean group, String html, Integer replyTo) {
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(html)
                .parseMode("HTML").linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (replyTo != null) {
            message.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
        }
        return call(message.build(), chatId, group, true).map(Message::getMessageId);
    }

    /**
     * Replaces the text of message {@code messageId} in {@code chatId} with {@code html}, with the buttons
     * of {@code buttons} under it when not null; paced as a message is. Returns false when it failed.
     */
    boolean edit(long chatId, boolean group, int messageId, String html, Outgoing buttons) {
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder().chatId(chatId).messageId(messageId)
                .text(html).parseMode("HTML").linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (buttons != null && buttons.hasButtons()) {
            edit.replyMarkup(keyboard(buttons));
        }
        return call(edit.build(), chatId, group, true).isPresent();
    }

    /** The bot's clock: what pacing and drafts go by. */
    java.time.Instant now() {
        return tuning.time().now();
    }

    /** Shows "typing…" in {@code chatId} until the next message (or 5 s); best effort. */
    void typing(long chatId) {
        call(SendChatAction.builder().chatId(chatId).action("typing").build(), chatId, false, false);
    }

    /** Answers a button tap, with a short notice when {@code text} is not null; best effort. */
    void answerCallback(String callbackId, long chatId, String text) {
        call(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build(), chatId, false, false);
    }

    private static InlineKeyboardMarkup keyboard(Outgoing out) {
        List<SourceButton> buttons = out.buttons();
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            for (SourceButton b : buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))) {
                row.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.callbackData()).build());
            }
            rows.add(row);
        }
        if (out.summary() != null) {
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(out.summary().label())
                    .callbackData(out.summary().callbackData()).build()));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** Calls {@code method}, paced when {@code paced}, retrying as the class says; empty when given up. */
    private <T extends Serializable> Optional<T> call(BotApiMethod<T> method, long chatId, boolean group, boolean paced) {
        String name = method.getMethod();
        Duration backoff = tuning.retryBase();
        int tries = paced ? tuning.attempts() : 1;
        try {
            for (int attempt = 1; attempt <= tries; attempt++) {
                if (paced) {
                    limits.acquire(Long.toString(chatId), group);
                }
                try {
                    return Optional.ofNullable(client.execute(method));
                } catch (TelegramApiValidationException e) {
                    LOG.error("chat {}: {} is invalid, not sent: {}", chatId, name, redactor.describe(e));
                    return Optional.empty();
                } catch (TelegramApiRequestException e) {
                    Optional<Duration> wait = waitBeforeRetry(e, backoff, chatId, name);
                    if (wait.isEmpty()) {
                        return Optional.empty();
                    }
                    pauseBefore(attempt, tries, wait.get());
                } catch (TelegramApiException e) {
                    if (e.getCause() instanceof InterruptedException) {
                        throw new InterruptedException("stopping"); // the client wrapped the interrupt
                    }
                    LOG.warn("chat {}: {} failed (try {} of {}): {}", chatId, name, attempt, tries,
                            redactor.describe(e));
                    pauseBefore(attempt, tries, backoff);
                }
                backoff = backoff.multipliedBy(2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("chat {}: {} not sent: the bot is stopping", chatId, name);
            return Optional.empty();
        }
        LOG.error("chat {}: {} given up after {} tries", chatId, name, tries);
        return Optional.empty();
    }

    /** Waits {@code wait} unless {@code attempt} was the last. */
    private void pauseBefore(int attempt, int tries, Duration wait) throws InterruptedException {
        if (attempt < tries) {
            tuning.time().sleep(wait);
        }
    }

    /** How long to wait before trying again after {@code e}, or empty when it must not be retried. */
    private Optional<Duration> waitBeforeRetry(TelegramApiRequestException e, Duration backoff, long chatId,
                                               String name) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        if (code == TOO_MANY_REQUESTS) {
            Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            Duration wait = Duration.ofSeconds(after == null ? 1 : Math.max(1, after));
            LOG.info("chat {}: Telegram asks to wait {} s before {} (429)", chatId, wait.toSeconds(), name);
            return Optional.of(wait);
        }
        if (code == 0 || code >= 500) {
            // no code: the answer was not the Bot API's (a proxy's error page); both are worth another try
            LOG.warn("chat {}: {} failed: {}", chatId, name, redactor.describe(e));
            return Optional.of(backoff);
        }
        LOG.warn("chat {}: Telegram refused {}: {}", chatId, name, redactor.describe(e));
        return Optional.empty();
    }
}
