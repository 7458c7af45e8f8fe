package vn.baocao.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.Reply;
import vn.baocao.chat.Sessions;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.Retriever;
import vn.baocao.store.ConversationStore;
import vn.baocao.store.SessionCodec;
import vn.baocao.store.StoredSessions;
import vn.baocao.chat.Usage;

/** What every bot under test is built over: a chat service and a library like the application's, over an index. */
public final class Chats {
    private Chats() {
    }

    /** A chat service answering with {@code answerer}, with its own sessions. */
    public static ChatService over(Answerer answerer, ReportIndex index) {
        return new ChatService(answerer, new Retriever(index)::parse, index::meetings, new Sessions(1000, Duration.ofHours(1), Clock.systemUTC()),
                Clock.systemUTC());
    }

    /**
     * A chat service answering with {@code answerer} whose sessions and usage counts are kept in {@code store},
     * as the application's are.
     */
    public static ChatService stored(Answerer answerer, ReportIndex index, ConversationStore store) {
        Retriever retriever = new Retriever(index);
        return new ChatService(answerer, retriever::parse, index::meetings,
                new StoredSessions(store, new SessionCodec(retriever::parse, index::passage), Clock.systemUTC()),
                new Usage(store.counts()), Clock.systemUTC());
    }

    /** A chat service giving the offline (extractive) answers over {@code index}, as the console does. */
    public static ChatService extractive(ReportIndex index) {
        return over(new ExtractiveAnswerer(new Retriever(index)), index);
    }

    /** What the console chat answers to {@code question} in a fresh conversation: an answer the reports cover. */
    public static Answer consoleAnswer(ReportIndex index, String question) {
        Reply reply = extractive(index).handle("console", question);
        assertThat(reply).isInstanceOf(Reply.Answered.class);
        Answer answer = ((Reply.Answered) reply).answer();
        assertThat(answer.refusal()).isNull();
        return answer;
    }

    /** The index as a bot reads it. */
    public static Library library(ReportIndex index) {
        return vn.baocao.cli.IndexLibrary.of(index);
    }

    /** The live threads that would keep the process alive. */
    public static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }
}
