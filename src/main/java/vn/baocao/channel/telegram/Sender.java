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
import vn.baocao.channel.Delivery;
import vn.baocao.channel.DeliveryPostponed;
import vn.baocao.channel.OutgoingLimits;
import vn.baocao.channel.Redactor;
import vn.baocao.channel.Tuning;

/**
 * Everything the bot sends goes through here. Messages are paced by the {@link OutgoingLimits}; a 429
 * waits the {@code retry_after} Telegram asks for; a 5xx, or a call that never reached Telegram (no
 * connection), is retried with doubling waits; a refusal (400, 403: bad request, bot blocked) is logged
 * and given up, never retried. A call that failed after its whole request was written (the connection
 * closed before the answer, the answer late) is not sent again: Telegram may have taken it, and a message
 * twice is worse than a warning in the log — unless the connection was reset with the request unread.
 * When the tries run out, or the bot stops, {@link DeliveryPostponed} leaves the update owed.
 *
 * <p>The messages of an answer and of a draft's final form go through the update's {@link Delivery}, so
 * answering the update again after a stop sends only what had not gone out; a draft while it is written,
 * chat actions and callback answers do not (they are not messages of the reply). Chat actions and
 * callback answers are not paced and are tried once: a late "typing…" is worth nothing.
 */
final class Sender {
    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int BUTTONS_PER_ROW = 5;
    /** Where calls run, each on a virtual thread of its own, so that the waiting side may be interrupted and the call not. */
    private static final java.util.concurrent.ExecutorService CALLS = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    private final TelegramClient client;
    private final OutgoingLimits limits;
    private final Tuning tuning;
    private final Redactor redactor;
    /** The update whose reply is sent, or null outside one (nothing then is skipped or recorded). */
    private final Delivery delivery;

    Sender(TelegramClient client, Tuning tuning, Redactor redactor) {
        this(client, new OutgoingLimits(tuning.limits(), tuning.time()), tuning, redactor, null);
    }

    private Sender(TelegramClient client, OutgoingLimits limits, Tuning tuning, Redactor redactor, Delivery delivery) {
        this.client = client;
        this.limits = limits;
        this.tuning = tuning;
        this.redactor = redactor;
        this.delivery = delivery;
    }

    /** This sender, sending the messages of the reply to the update of {@code d} through it; same pacing. */
    Sender forUpdate(Delivery d) {
        return new Sender(client, limits, tuning, redactor, d);
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
            if (!counted(message.build(), chatId, group)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sends {@code method}, a message of the reply, through the update's delivery when there is one: not
     * at all when it went out before a stop. False when it was refused.
     */
    private boolean counted(BotApiMethod<? extends Serializable> method, long chatId, boolean group) {
        Delivery.Message message = delivery == null ? null : delivery.next();
        if (message != null && message.sentBefore()) {
            return true;
        }
        return call(method, chatId, group, true, message).delivered();
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
        return Optional.ofNullable(call(message.build(), chatId, group, true, null).value()).map(Message::getMessageId);
    }

    /**
     * Replaces the text of message {@code messageId} in {@code chatId} with {@code html}, with the buttons
     * of {@code buttons} under it when not null: a message of the reply, paced as one. Returns false when
     * it failed.
     */
    boolean edit(long chatId, boolean group, int messageId, String html, Outgoing buttons) {
        return counted(editing(chatId, messageId, html, buttons), chatId, group);
    }

    /** As {@link #edit}, for a draft while it is written: not a message of the reply. */
    boolean editDraft(long chatId, boolean group, int messageId, String html, Outgoing buttons) {
        return call(editing(chatId, messageId, html, buttons), chatId, group, true, null).value() != null;
    }

    private static EditMessageText editing(long chatId, int messageId, String html, Outgoing buttons) {
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder().chatId(chatId).messageId(messageId)
                .text(html).parseMode("HTML").linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (buttons != null && buttons.hasButtons()) {
            edit.replyMarkup(keyboard(buttons));
        }
        return edit.build();
    }

    /** The bot's clock: what pacing and drafts go by. */
    java.time.Instant now() {
        return tuning.time().now();
    }

    /** Shows "typing…" in {@code chatId} until the next message (or 5 s); best effort. */
    void typing(long chatId) {
        call(SendChatAction.builder().chatId(chatId).action("typing").build(), chatId, false, false, null);
    }

    /** Answers a button tap, with a short notice when {@code text} is not null; best effort. */
    void answerCallback(String callbackId, long chatId, String text) {
        call(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build(), chatId, false, false, null);
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

    /**
     * What became of a call: {@code value} is Telegram's answer when it gave one; {@code delivered} is also
     * true when the call may have arrived though its answer did not.
     */
    private record Result<T>(T value, boolean delivered) {
        static <T> Result<T> refused() {
            return new Result<>(null, false);
        }
    }

    /**
     * Calls {@code method}, paced when {@code paced}, retrying as the class says, and records in {@code
     * message} (when not null) what became of it.
     *
     * @throws DeliveryPostponed for a paced call when the tries ran out or the bot is stopping
     */
    private <T extends Serializable> Result<T> call(BotApiMethod<T> method, long chatId, boolean group, boolean paced,
                                                    Delivery.Message message) {
        Result<T> result = attempt(method, chatId, group, paced, message);
        if (message != null) {
            message.settled();
        }
        return result;
    }

    private <T extends Serializable> Result<T> attempt(BotApiMethod<T> method, long chatId, boolean group, boolean paced,
                                                       Delivery.Message message) {
        String name = method.getMethod();
        Duration backoff = tuning.retryBase();
        int tries = paced ? tuning.attempts() : 1;
        for (int attempt = 1; attempt <= tries; attempt++) {
            try {
                if (paced) {
                    limits.acquire(Long.toString(chatId), group);
                }
            } catch (InterruptedException e) {
                return stopping(chatId, name);
            }
            if (Thread.currentThread().isInterrupted()) {
                return stopping(chatId, name);
            }
            java.util.concurrent.atomic.AtomicBoolean written = new java.util.concurrent.atomic.AtomicBoolean();
            try {
                return new Result<>(toTheEnd(method, () -> {
                    written.set(true);
                    if (message != null) {
                        message.sending();
                    }
                }), true);
            } catch (TelegramApiValidationException e) {
                LOG.error("chat {}: {} is invalid, not sent: {}", chatId, name, redactor.describe(e));
                return Result.refused();
            } catch (TelegramApiRequestException e) {
                Optional<Duration> wait = waitBeforeRetry(e, backoff, chatId, name);
                if (wait.isEmpty()) {
                    return Result.refused();
                }
                notSent(message);
                if (!pauseBefore(attempt, tries, wait.get())) {
                    return stopping(chatId, name);
                }
            } catch (TelegramApiException e) {
                if (!paced) {
                    LOG.debug("chat {}: {} failed: {}", chatId, name, redactor.describe(e));
                    return Result.refused();
                }
                if (written.get() && !unread(e)) {
                    LOG.warn("chat {}: {} was sent but its answer was lost ({}); not sent again, it may have arrived",
                            chatId, name, redactor.describe(e));
                    return new Result<>(null, true);
                }
                notSent(message);
                LOG.warn("chat {}: {} did not reach Telegram (try {} of {}): {}", chatId, name, attempt, tries,
                        redactor.describe(e));
                if (!pauseBefore(attempt, tries, backoff)) {
                    return stopping(chatId, name);
                }
            }
            backoff = Tuning.nextRetryWait(backoff);
        }
        if (!paced) {
            return Result.refused();
        }
        LOG.error("chat {}: {} still failing after {} tries; its update stays owed", chatId, name, tries);
        throw new DeliveryPostponed(name + " failed " + tries + " times");
    }

    /**
     * Executes {@code method} and waits for its outcome even when interrupted (the interrupt is kept for
     * afterwards): a stop must not cut a call whose request may already be with Telegram, or the bot could
     * not tell whether to send it again. The call itself is bounded by the client's call timeout;
     * {@code onRequestWritten} runs once its request is written, before it is flushed ({@link RequestWritten}).
     */
    private <T extends Serializable> T toTheEnd(BotApiMethod<T> method, Runnable onRequestWritten)
            throws TelegramApiException {
        java.util.concurrent.Future<T> call = CALLS.submit(() -> RequestWritten.around(onRequestWritten,
                () -> client.execute(method)));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return call.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof TelegramApiException t) {
                        throw t;
                    }
                    throw new TelegramApiException("Unable to execute " + method.getMethod() + " method", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void notSent(Delivery.Message message) {
        if (message != null) {
            message.notSent();
        }
    }

    /**
     * True when the connection was reset under the request — the server closed it with the request still
     * unread in its socket (a server that read the request and then closed, or whose answer was lost,
     * ends the connection normally instead): Telegram did not take it, and it may be sent again.
     */
    static boolean unread(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketException && t.getMessage() != null
                    && (t.getMessage().contains("Connection reset") || t.getMessage().contains("Broken pipe"))) {
                return true;
            }
        }
        return false;
    }

    /** Ends a call because the bot is stopping: the update stays owed. */
    private static <T> Result<T> stopping(long chatId, String name) {
        Thread.currentThread().interrupt();
        LOG.info("chat {}: {} not sent: the bot is stopping", chatId, name);
        throw new DeliveryPostponed("the bot is stopping");
    }

    /** Waits {@code wait} unless {@code attempt} was the last; false when interrupted. */
    private boolean pauseBefore(int attempt, int tries, Duration wait) {
        if (attempt < tries) {
            try {
                tuning.time().sleep(wait);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return true;
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
