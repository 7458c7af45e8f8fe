package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Refusal;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.channel.Chats;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.Focus;
import vn.baocao.chat.Reply;
import vn.baocao.chat.Session;
import vn.baocao.chat.Usage;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.Retriever;
import vn.baocao.testing.SharedIndex;

/** The conversation store: a real SQLite file, reopened as a restarted process would, shared as two processes would. */
class ConversationStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final ReportIndex INDEX = SharedIndex.get();
    private static final SessionCodec NOTHING_INDEXED = new SessionCodec(q -> null, (report, ordinal) -> Optional.empty());

    @TempDir
    Path dir;

    @Test
    void aConversationGoesOnAfterTheStoreIsClosedAndOpenedAgain() {
        Path file = dir.resolve("conversations.db");
        try (ConversationStore store = ConversationStore.open(file, 100, DAY, Clock.systemUTC())) {
            chat(store).handle("c1", "Ai chủ trì hội nghị tổng kết năm 2022?");
        }
        try (ConversationStore store = ConversationStore.open(file, 100, DAY, Clock.systemUTC())) {
            ChatService chat = chat(store);
            Focus focus = chat.focus("c1").orElseThrow();
            assertThat(focus.person()).isEqualTo("Bùi Thanh Sơn");
            assertThat(focus.meeting()).isEqualTo("hội nghị tổng kết năm 2022");
            assertThat(focus.reading().year()).isEqualTo(2022);
            assertThat(chat.handle("c1", "/nguon 1")).isInstanceOfSatisfying(Reply.Source.class, source ->
                    assertThat(source.citation().passage().text()).contains("Bùi Thanh Sơn, Ủy viên Trung ương Đảng"));
            assertThat(chat.focus("c2")).isEmpty();
        }
    }

    @Test
    void theMeetingsOfAQuestionAboutTwoAreKeptAcrossARestart() {
        Path file = dir.resolve("conversations.db");
        try (ConversationStore store = ConversationStore.open(file, 100, DAY, Clock.systemUTC())) {
            chat(store).handle("c1", "Ai kết luận HN sơ kết 6 tháng đầu năm 2019 và 2023?");
        }
        try (ConversationStore store = ConversationStore.open(file, 100, DAY, Clock.systemUTC())) {
            assertThat(chat(store).focus("c1").orElseThrow().meetings())
                    .containsExactly("hội nghị sơ kết 6 tháng đầu năm 2019", "hội nghị sơ kết 6 tháng đầu năm 2023");
        }
    }

    @Test
    void keepsAtMostItsCapacityOfChatsTheMostRecentlyTouched() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        try (ConversationStore store = ConversationStore.open(dir.resolve("c.db"), 10_000, DAY, clock)) {
            StoredSessions sessions = new StoredSessions(store, NOTHING_INDEXED, clock);
            for (int i = 0; i < 10_500; i++) {
                sessions.put("chat" + i, session("câu " + i, T0.minusSeconds(10_500 - i)));
            }
            assertThat(sessions.size()).isEqualTo(10_000);
            assertThat(sessions.get("chat499").lastAnswer()).isNull();
            assertThat(sessions.get("chat500").lastAnswer().question()).isEqualTo("câu 500");
            assertThat(sessions.get("chat10499").lastAnswer().question()).isEqualTo("câu 10499");
        }
    }

    @Test
    void theModelsTurnsAreKeptUnderTheSameBoundsAsTheSessions() {
        Path file = dir.resolve("c.db");
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        try (ConversationStore store = ConversationStore.open(file, 100, DAY, clock)) {
            StoredModelTurns turns = new StoredModelTurns(() -> store, clock);
            for (int i = 0; i < 150; i++) {
                turns.write("chat" + i, "[\"turn " + i + "\"]");
            }
            turns.delete("chat149");
            assertThat(store.count(ConversationStore.Table.MODEL_TURNS)).isEqualTo(99);
            assertThat(turns.read("chat148")).contains("[\"turn 148\"]");
            assertThat(turns.read("chat149")).isEmpty();
            assertThat(store.count(ConversationStore.Table.SESSIONS)).isZero();
        }
        Clock later = Clock.fixed(T0.plus(DAY).plusSeconds(1), ZoneOffset.UTC);
        try (ConversationStore store = ConversationStore.open(file, 100, DAY, later)) {
            assertThat(new StoredModelTurns(() -> store, later).read("chat148")).isEmpty();
        }
    }

    @Test
    void theFileStopsGrowingWhenChatsComeAndGo() throws Exception {
        Path file = dir.resolve("c.db");
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        String long3k = "x".repeat(3_000);
        long afterFirstRound = 0;
        try (ConversationStore store = ConversationStore.open(file, 200, DAY, clock)) {
            StoredSessions sessions = new StoredSessions(store, NOTHING_INDEXED, clock);
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < 400; i++) {
                    sessions.put("r" + round + "c" + i, session(long3k, T0.minusSeconds(400 - i)));
                }
                if (round == 0) {
                    afterFirstRound = Files.size(file);
                }
            }
            assertThat(sessions.size()).isEqualTo(200);
        }
        assertThat(Files.size(file)).isLessThanOrEqualTo(afterFirstRound + 200 * 4_096);
    }

    @Test
    void aChatSilentForLongerThanTheTimeToLiveStartsAfresh() {
        Path file = dir.resolve("c.db");
        try (ConversationStore store = ConversationStore.open(file, 100, DAY, Clock.fixed(T0, ZoneOffset.UTC))) {
            new StoredSessions(store, NOTHING_INDEXED, Clock.systemUTC()).put("c1", session("câu", T0));
        }
        Clock later = Clock.fixed(T0.plus(DAY).plusSeconds(1), ZoneOffset.UTC);
        try (ConversationStore store = ConversationStore.open(file, 100, DAY, later)) {
            StoredSessions sessions = new StoredSessions(store, NOTHING_INDEXED, later);
            assertThat(sessions.get("c1").lastAnswer()).isNull();
            assertThat(sessions.size()).isZero();
        }
    }

    @Test
    void aSessionCitingAPassageTheIndexNoLongerHasStartsAfresh() {
        Path file = dir.resolve("c.db");
        try (ConversationStore store = ConversationStore.open(file, 100, DAY, Clock.systemUTC())) {
            chat(store).handle("c1", "Ai chủ trì hội nghị tổng kết năm 2022?");
            StoredSessions rebuilt = new StoredSessions(store, NOTHING_INDEXED, Clock.systemUTC());
            assertThat(rebuilt.get("c1").focus()).isNull();
            assertThat(rebuilt.get("c1").lastAnswer()).isNull();
        }
    }

    @Test
    void twoProcessesOnOneFileAddUpTheirCountsAndLeaveItWhole() throws Exception {
        Path file = dir.resolve("c.db");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String process : List.of("telegram", "zalo")) {
                done.add(two.submit((Callable<Void>) () -> {
                    try (ConversationStore store = ConversationStore.open(file, 10_000, DAY, Clock.systemUTC())) {
                        Usage usage = new Usage(store.counts());
                        StoredSessions sessions = new StoredSessions(store, NOTHING_INDEXED, Clock.systemUTC());
                        for (int i = 0; i < 300; i++) {
                            Answer answer = refused(process + i);
                            usage.record(new Reply.Answered(answer));
                            sessions.put(process + i, new Session(null, answer, Instant.now()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            two.shutdownNow();
        }
        try (ConversationStore store = ConversationStore.open(file, 10_000, DAY, Clock.systemUTC())) {
            assertThat(new Usage(store.counts()).snapshot()).isEqualTo(new Usage.Snapshot(600, 600));
            assertThat(new StoredSessions(store, NOTHING_INDEXED, Clock.systemUTC()).size()).isEqualTo(600);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void refusedQuestionsAreCountedAcrossProcessesAndKeptAfterARestart() {
        Path file = dir.resolve("refused.db");
        for (String process : List.of("telegram", "serve")) {
            try (ConversationStore store = ConversationStore.open(file, 100, DAY, Clock.systemUTC())) {
                Usage usage = new Usage(store.counts());
                usage.record(new Reply.Answered(refused("Giá vàng hôm nay?")));
                usage.record(new Reply.Answered(refused(process + " hỏi gì?")));
            }
        }
        try (ConversationStore store = ConversationStore.open(file, 100, DAY, Clock.systemUTC())) {
            assertThat(new Usage(store.counts()).refused(10))
                    .extracting(q -> q.question() + " | " + q.reason() + " | " + q.count())
                    .containsExactly("Giá vàng hôm nay? | no_evidence | 2", "serve hỏi gì? | no_evidence | 1",
                            "telegram hỏi gì? | no_evidence | 1");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithItsPath() throws Exception {
        Path file = dir.resolve("not-a-db.db");
        Files.writeString(file, "this is a text file, not a database, long enough to have a header of sorts..........");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConversationStore.open(file, 10, DAY, Clock.systemUTC()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).startsWith("this is a text file");
    }

    private static ChatService chat(ConversationStore store) {
        return Chats.stored(new ExtractiveAnswerer(new Retriever(INDEX)), INDEX, store);
    }

    private static Session session(String question, Instant touched) {
        return new Session(null, refused(question), touched);
    }

    private static Answer refused(String question) {
        return Answer.refused(question, Refusal.Reason.NO_EVIDENCE, "Không rõ.", "extractive");
    }
}
