package vn.baocao.cli;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.ConversationMemory;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.answer.llm.LlmAnswerer;
import vn.baocao.answer.llm.SourcedWriter;
import vn.baocao.channel.Library;
import vn.baocao.channel.http.Reports;
import vn.baocao.channel.DocumentIntake;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.Usage;
import vn.baocao.config.LlmSettings;
import vn.baocao.index.IndexException;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.IngestSummary;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;
import vn.baocao.search.Retriever;
import vn.baocao.summary.ExtractiveSummarizer;
import vn.baocao.summary.ModelSummarizer;
import vn.baocao.summary.Summarizer;
import vn.baocao.summary.Summaries;
import vn.baocao.summary.SummaryAnswerer;
import vn.baocao.store.ConversationStore;
import vn.baocao.store.DeliveryJournal;
import vn.baocao.store.SessionCodec;
import vn.baocao.store.StoredModelTurns;
import vn.baocao.store.StoredSessions;

/** The object graph of a running baocao, built by hand: index → retriever → answerer (and summaries) → chat. */
final class App implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static final int MAX_SESSIONS = 10_000;
    private static final Duration SESSION_TTL = Duration.ofHours(24);

    private static final String CONVERSATIONS_ENV = "BAOCAO_CONVERSATIONS";
    private static final String CONVERSATIONS_FILE = "conversations.db";
    /** The bots' delivery journal, beside the conversations. */
    private static final String DELIVERY_FILE = "delivery.db";
    /** How long answered updates are remembered, so one a messenger sends again is recognised (Telegram keeps them 24 h). */
    private static final Duration DELIVERY_RETENTION = Duration.ofDays(3);
    private static final int MAX_SETTLED_UPDATES = 200_000;

    private final ReportIndex index;
    private ConversationStore conversations;
    private DeliveryJournal delivery;
    private final Retriever retriever;
    private final Answerer answerer;
    private final Summaries summaries;
    /** How many times the model's reply was not used; always 0 without a model. */
    private final LongSupplier llmFallbacks;

    private App(ReportIndex index) {
        this.index = index;
        this.retriever = new Retriever(index);
        try {
            LlmSettings llm = LlmSettings.load(System.getenv(), Path.of("").toAbsolutePath());
            this.summaries = new Summaries(retriever, summarizer(retriever, llm));
            Answerer composer = answerer(retriever, llm, new StoredModelTurns(this::store, Clock.systemUTC()));
            this.llmFallbacks = composer instanceof LlmAnswerer model ? model::fallbacks : () -> 0;
            this.answerer = new SummaryAnswerer(composer, summaries);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** The extractive composer, or the LLM composer over it when BAOCAO_LLM names a model. */
    private static Answerer answerer(Retriever retriever, LlmSettings llm, ConversationMemory modelTurns) {
        Answerer extractive = new ExtractiveAnswerer(retriever);
        if (!llm.enabled()) {
            return extractive;
        }
        LOG.info("answers composed by {}", llm);
        return LlmAnswerer.create(llm, retriever, extractive, modelTurns);
    }

    /** The extractive summarizer, or the model's map-reduce over its selection when BAOCAO_LLM names a model. */
    private static Summarizer summarizer(Retriever retriever, LlmSettings llm) {
        ExtractiveSummarizer extractive = new ExtractiveSummarizer(retriever);
        return llm.enabled() ? new ModelSummarizer(SourcedWriter.create(llm), extractive) : extractive;
    }

    /** Opens the index at {@code dir}, which must exist and hold reports. */
    static App openExisting(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IndexException(dir, "is a file, not an index directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new IndexException(dir, "does not exist: run `baocao ingest PATH...` first, or `baocao` to "
                    + "load the bundled sample reports");
        }
        OlderIndexes.reingestIfOlder(dir);
        ReportIndex index = ReportIndex.open(dir);
        if (index.isEmpty()) {
            index.close();
            throw new IndexException(dir, "holds no reports: run `baocao ingest PATH...` first, or `baocao` to "
                    + "load the bundled sample reports");
        }
        return new App(index);
    }

    /**
     * Opens (or creates) the index at {@code dir}, ingesting the bundled sample reports when it is empty,
     * for a command that answers many questions: the catalogs are built in the background meanwhile.
     */
    static App openWithSamples(Path dir) {
        OlderIndexes.reingestIfOlder(dir);
        ReportIndex index = ReportIndex.open(dir);
        try {
            if (index.isEmpty()) {
                LOG.info("index {} is empty: ingesting the bundled sample reports", dir);
                IngestSummary summary = new Ingestor(new ReportParser(), index).ingestSamples();
                LOG.info("{}", summary.line());
            }
            index.keepCatalogsWarm(e -> LOG.warn("building the catalogs of {} in the background failed; questions will "
                    + "build them", dir, e));
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return new App(index);
    }

    /** The answerer: summaries for questions that ask for one, the composer for the rest. */
    Answerer answerer() {
        return answerer;
    }

    /** Summaries of what a request names, for {@code baocao summarize}. */
    Summaries summaries() {
        return summaries;
    }

    /** The index, for the commands that list what it holds. */
    ReportIndex index() {
        return index;
    }

    /**
     * The conversation every channel serves: sessions and usage counts kept in the conversation store, so a
     * restarted bot goes on where it was.
     */
    ChatService chat() {
        ConversationStore store = store();
        SessionCodec codec = new SessionCodec(retriever::parse, index::passage);
        return new ChatService(answerer, retriever::parse, retriever::meetings,
                new StoredSessions(store, codec, Clock.systemUTC()), new Usage(store.counts()), Clock.systemUTC());
    }

    /** The conversation store, opened when a conversation first needs it: a single question needs none. */
    private synchronized ConversationStore store() {
        if (conversations == null) {
            conversations = ConversationStore.open(conversationsFile(), MAX_SESSIONS, SESSION_TTL, Clock.systemUTC());
            LOG.info("conversations kept in {}", conversations.file());
        }
        return conversations;
    }

    /**
     * The bots' delivery journal, beside the conversation store ({@value #DELIVERY_FILE}): what each bot
     * received and still owes, kept across restarts.
     */
    synchronized DeliveryJournal deliveryJournal() {
        if (delivery == null) {
            delivery = DeliveryJournal.open(conversationsFile().toAbsolutePath().resolveSibling(DELIVERY_FILE),
                    DELIVERY_RETENTION, MAX_SETTLED_UPDATES, Clock.systemUTC());
            LOG.info("deliveries journaled in {}", delivery.file());
        }
        return delivery;
    }

    /** Where conversations are kept: {@code $BAOCAO_CONVERSATIONS}, else a file in the index directory. */
    private Path conversationsFile() {
        String set = System.getenv(CONVERSATIONS_ENV);
        return set == null || set.isBlank() ? index.directory().resolve(CONVERSATIONS_FILE) : Path.of(set.strip());
    }

    /** The index as the Telegram bot reads it: passages by identity, and counts. */
    Library library() {
        return new IndexLibrary(index);
    }

    /** The index as the HTTP API lists it: a bot's library, with the conferences, speakers and reports. */
    Reports reports() {
        return new IndexLibrary(index);
    }

    /** How many times the model's reply was not used and the extractive answer given instead (0 without a model). */
    LongSupplier llmFallbacks() {
        return llmFallbacks;
    }

    /** Uploaded report documents: kept in {@code dir}, at most {@code maxBytes} each, ingested into the index. */
    DocumentIntake uploads(Path dir, long maxBytes) {
        return new UploadedReports(index, dir, maxBytes);
    }

    @Override
    public synchronized void close() {
        try {
            if (conversations != null) {
                conversations.close();
            }
            if (delivery != null) {
                delivery.close();
            }
        } finally {
            index.close();
        }
    }
}
