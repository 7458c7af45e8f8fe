package vn.baocao.chat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Citation;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.Messages;
import vn.baocao.report.Conference;
import vn.baocao.report.Meeting;
import vn.baocao.search.Intent;
import vn.baocao.summary.Summaries;

/**
 * The conversation, independent of any channel: a message in, a reply out. Plain text is a question;
 * commands (Vietnamese first, English aliases) show help, a source in full, the conferences, what a
 * person said ("/phatbieu"), who said something ("/ainoi"), a summary ("/tomtat", then "xem thêm" for more), or
 * forget the conversation. Each chat has its own session; no chat sees another's.
 *
 * <p>Never throws for any message: a failure while answering is logged with the chat id and the user
 * gets a short apology. Thread-safe.
 */
public final class ChatService {
    private static final Logger LOG = LoggerFactory.getLogger(ChatService.class);

    /** The longest message read against the conversation; a longer one is answered (or refused) as it stands. */
    private static final int MAX_READ_CHARS = 1000;

    private final Answerer answerer;
    private final Function<String, Intent> reader;
    private final Supplier<List<Meeting>> meetings;
    private final SessionStore sessions;
    private final Usage usage;
    private final Clock clock;

    /**
     * A conversation answering with {@code answerer}, reading each message once with {@code reader} to see
     * how it leans on the turns before, listing the conferences {@code meetings} gives (read at each
     * "/hoinghi", so newly ingested reports show), remembering chats in {@code sessions}.
     */
    public ChatService(Answerer answerer, Function<String, Intent> reader, Supplier<List<Meeting>> meetings,
                       SessionStore sessions, Clock clock) {
        this(answerer, reader, meetings, sessions, new Usage(), clock);
    }

    /** As the other constructor, counting the questions the channels serve in {@code usage}. */
    public ChatService(Answerer answerer, Function<String, Intent> reader, Supplier<List<Meeting>> meetings,
                       SessionStore sessions, Usage usage, Clock clock) {
        this.usage = usage;
        this.answerer = answerer;
        this.reader = reader;
        this.meetings = meetings;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Returns the reply to {@code message} from chat {@code chatId}. */
    public Reply handle(String chatId, String message) {
        return handle(chatId, message, null);
    }

    /**
     * Returns the reply to {@code message} from chat {@code chatId}, telling {@code draft} (when not null)
     * the checked text of an answer while a model writes it ({@link Answerer#answer(String, String, Consumer)}).
     */
    public Reply handle(String chatId, String message, Consumer<String> draft) {
        String text = message == null ? "" : message.strip();
        try {
            return Command.parse(text).map(c -> command(chatId, c)).orElseGet(() -> ask(chatId, text, draft));
        } catch (RuntimeException e) {
            LOG.error("chat {}: failed to reply to a message of {} characters: {}", chatId, text.length(), e.toString());
            LOG.debug("the failure", e);
            return Reply.message(Messages.FAILURE);
        }
    }

    private Reply ask(String chatId, String text, Consumer<String> draft) {
        Session session = sessions.get(chatId);
        Answer last = session.lastAnswer();
        if (Summaries.asksForMore(text, last)) {
            return nextPage(chatId, session);
        }
        Intent reading = text.isBlank() || text.length() > MAX_READ_CHARS ? null : reader.apply(text);
        Turn turn = reading == null || session.focus() == null ? Turn.asIs(text)
                : TurnReading.read(text, reading, session.focus(), this::conferences, reader);
        switch (turn.request()) {
            case SOURCES -> {
                return new Reply.Answered(Answer.of(text, ChatTexts.sourcesOf(last.citations()), last.citations(),
                        AnswerKind.ANSWER, last.composer()));
            }
            case QUOTE -> {
                List<Citation> quoted = turn.about().isEmpty() ? last.citations() : QuotedParts.of(last.citations(), turn.about());
                return new Reply.Answered(Answer.of(text, ChatTexts.quotesOf(quoted), quoted, AnswerKind.ANSWER,
                        last.composer()));
            }
            case NOTHING_CITED -> {
                return Reply.message(ChatTexts.NOTHING_CITED);
            }
            case MORE -> {
                if (last.next() != null) {
                    return nextPage(chatId, session);
                }
                if (!turn.about().isEmpty()) {
                    List<Citation> parts = QuotedParts.of(last.citations(), turn.about());
                    return new Reply.Answered(Answer.of(text, ChatTexts.detailsOf(parts), parts, AnswerKind.ANSWER,
                            last.composer()));
                }
                return new Reply.Answered(Answer.of(text, ChatTexts.passagesOf(last.citations()), last.citations(),
                        AnswerKind.ANSWER, last.composer()));
            }
            case ANSWER -> {
                String question = turn.question();
                String understood = turn.understood();
                boolean personLeft = false;
                Answer answer = answerer.answer(chatId, question, draft);
                if (!turn.instead().isEmpty() && answer.refusal() != null
                        && turn.insteadWhen().contains(answer.refusal().reason())) {
                    // the one or the meeting the swap carried over is not, or says nothing, where it swaps to:
                    // asked without them
                    Answer instead = answerer.answer(chatId, turn.instead());
                    if (instead.refusal() == null) {
                        LOG.debug("chat {}: \"{}\" was refused ({}); answered \"{}\" instead", chatId, question,
                                answer.refusal().reason().code(), turn.instead());
                        question = turn.instead();
                        understood = question;
                        answer = instead;
                        personLeft = true;
                    }
                }
                if (answer.refusal() == null || !answer.refusal().isAboutTheInput()) {
                    Intent asked = turn.leaned() ? reader.apply(question) : reading;
                    Focus focus = asked == null ? null
                            : Focus.after(question, asked, answer, reader, session.focus(), turn.leaned(), personLeft);
                    sessions.put(chatId, new Session(focus, answer, clock.instant()));
                }
                if (turn.leaned()) {
                    LOG.debug("chat {}: a follow-up read as \"{}\"", chatId, question);
                }
                return turn.leaned() ? new Reply.Answered(answer, question, understood) : new Reply.Answered(answer);
            }
            default -> throw new IllegalStateException("no reply for a request of " + turn.request());
        }
    }

    /** The conferences the reports have now: a swap to a year asks of the review that year has. */
    private List<Conference> conferences() {
        return meetings.get().stream().map(Meeting::conference).toList();
    }

    private Reply nextPage(String chatId, Session session) {
        Answer page = answerer.nextPage(session.lastAnswer().next());
        sessions.put(chatId, new Session(session.focus(), page, clock.instant()));
        return new Reply.Answered(page);
    }

    /** Forgets chat {@code chatId}'s conversation, as "/moi" does. */
    public void forget(String chatId) {
        sessions.forget(chatId);
        answerer.forget(chatId);
    }

    /** The counts of questions served, for the admins' "/thongke"; the channels record what they serve in it. */
    public Usage usage() {
        return usage;
    }

    /** What chat {@code chatId} is about now, if anything: what a follow-up would be read against. */
    public Optional<Focus> focus(String chatId) {
        return Optional.ofNullable(sessions.get(chatId).focus());
    }

    private Reply command(String chatId, Command command) {
        return switch (command.name()) {
            case START -> Reply.message(ChatTexts.GREETING);
            case HELP -> Reply.message(ChatTexts.HELP);
            case FORGET -> {
                forget(chatId);
                yield Reply.message(ChatTexts.FORGOTTEN);
            }
            case SOURCE -> source(chatId, command.argument());
            case CONFERENCES -> Reply.message(ChatTexts.conferences(meetings.get()));
            case SAID_BY -> command.argument().isEmpty() ? Reply.message(ChatTexts.SAID_BY_USAGE)
                    : ask(chatId, command.argument() + " đã phát biểu gì?", null);
            case WHO_SAID -> command.argument().isEmpty() ? Reply.message(ChatTexts.WHO_SAID_USAGE)
                    : ask(chatId, "Ai nói " + command.argument() + "?", null);
            case SUMMARY -> command.argument().isEmpty() ? Reply.message(ChatTexts.SUMMARY_USAGE)
                    : ask(chatId, Summaries.request(command.argument()), null);
            case UNKNOWN -> Reply.message(ChatTexts.unknownCommand(command.argument()));
        };
    }

    private Reply source(String chatId, String argument) {
        Answer last = sessions.get(chatId).lastAnswer();
        if (last == null || last.citations().isEmpty()) {
            return Reply.message(ChatTexts.NO_SOURCES);
        }
        int n;
        try {
            n = Integer.parseInt(argument.strip());
        } catch (NumberFormatException e) {
            return Reply.message(ChatTexts.sourceUsage(last.citations().size()));
        }
        if (n < 1 || n > last.citations().size()) {
            return Reply.message(ChatTexts.sourceUsage(last.citations().size()));
        }
        return new Reply.Source(last.citations().get(n - 1));
    }
}
