package vn.baocao.answer.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.config.LlmSettings.Provider;
import vn.baocao.config.LlmSettings;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.Retriever;
import vn.baocao.testing.FakeModelServer;
import vn.baocao.testing.SampleIndex;

/**
 * Both composers over an index of the sample reports, the LLM one pointed at a given server. The
 * index is built once for all the tests of this package ({@link #shared()}) and removed when the JVM exits.
 */
final class Composers {
    /** A key that must never reach a log. */
    static final String KEY = "sk-test-4f9d2c7e1b8a6053";
    static final String MODEL = "test-model";

    private final ReportIndex index;
    final Retriever retriever;
    final ExtractiveAnswerer extractive;

    private static Composers shared;

    private Composers(Path dir) {
        index = SampleIndex.open(dir);
        retriever = new Retriever(index);
        extractive = new ExtractiveAnswerer(retriever);
    }

    /** The composers over one index of the samples, built on first use. */
    static synchronized Composers shared() {
        if (shared == null) {
            Path dir = temporaryDirectory();
            shared = new Composers(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.index.close();
                delete(dir);
            }));
        }
        return shared;
    }

    /** The LLM composer speaking {@code provider}'s API to {@code server} (null: to a port nobody listens on). */
    LlmAnswerer llm(Provider provider, FakeModelServer server, Duration timeout) {
        String url = server == null ? closedPort(provider)
                : provider == Provider.OLLAMA ? server.ollamaUrl() : server.openAiUrl();
        return LlmAnswerer.create(new LlmSettings(provider, url, MODEL, KEY, timeout), retriever, extractive);
    }

    /** The LLM composer speaking OpenAI's API to {@code server}, keeping conversations in {@code memory}. */
    LlmAnswerer llm(FakeModelServer server, Duration timeout, vn.baocao.answer.ConversationMemory memory) {
        return LlmAnswerer.create(new LlmSettings(Provider.OPENAI, server.openAiUrl(), MODEL, KEY, timeout), retriever,
                extractive, memory);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("baocao-llm-test");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary index directory", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static String closedPort(Provider provider) {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + (provider == Provider.OLLAMA ? "" : "/v1");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }
}
