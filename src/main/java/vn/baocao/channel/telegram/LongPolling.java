package vn.baocao.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.channel.BotTime;
import vn.baocao.channel.Inbox;
import vn.baocao.channel.Redactor;
import vn.baocao.channel.Tuning;
import vn.baocao.store.DeliveryJournal;
import vn.baocao.store.StoreException;

/**
 * Long polling that confirms an update only once it is in the journal: each {@code getUpdates} carries
 * as its offset the id after the last update the {@link Inbox} has recorded, so a stop at any moment
 * loses nothing (what was fetched and not recorded comes again, and what comes again is recorded once).
 * Updates are read one by one ({@link IncomingUpdates}), so one the bot cannot read is skipped, not
 * fetched forever. A failed call — network, 5xx, 401, 409 (another poller or a webhook) — is logged
 * without the token and followed by a wait from the retry base, doubling up to a minute. Runs on its own
 * thread; {@link #close} cancels the poll under way and waits for the thread to end.
 */
final class LongPolling implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LongPolling.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final Duration MAX_WAIT = Duration.ofMinutes(1);
    private static final int UPDATES_PER_POLL = 100;

    private final OkHttpClient http;
    private final String url;
    private final ObjectMapper json;
    private final IncomingUpdates incoming;
    private final Inbox inbox;
    private final Duration timeout;
    private final Duration retryBase;
    private final BotTime time;
    private final Redactor redactor;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Call current;
    private long offset;

    LongPolling(OkHttpClient http, String url, ObjectMapper json, Inbox inbox, Tuning tuning, Redactor redactor) {
        this.http = http;
        this.url = url;
        this.json = json;
        this.incoming = new IncomingUpdates(json);
        this.inbox = inbox;
        this.timeout = tuning.pollTimeout();
        this.retryBase = tuning.retryBase();
        this.time = tuning.time();
        this.redactor = redactor;
        this.thread = new Thread(this::run, "telegram-poll");
        thread.setDaemon(true);
    }

    /** Starts polling. */
    void start() {
        thread.start();
    }

    private void run() {
        Duration wait = retryBase;
        while (!stopped) {
            try {
                poll();
                wait = retryBase;
            } catch (IOException | StoreException | PollRefused e) {
                if (stopped) {
                    return;
                }
                LOG.warn("getUpdates failed, next try in {} ms: {}", wait.toMillis(), redactor.redact(String.valueOf(e.getMessage())));
                try {
                    time.sleep(wait);
                } catch (InterruptedException interrupted) {
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
            }
        }
    }

    /** One getUpdates: its updates recorded, the offset moved past them. */
    private void poll() throws IOException {
        ObjectNode params = json.createObjectNode().put("offset", offset).put("timeout", timeout.toSeconds())
                .put("limit", UPDATES_PER_POLL);
        TelegramBot.UPDATES.forEach(params.putArray("allowed_updates")::add);
        Request request = new Request.Builder().url(url).post(RequestBody.create(json.writeValueAsBytes(params), JSON_TYPE)).build();
        Call call = http.newCall(request);
        current = call;
        JsonNode envelope;
        int status;
        try (Response response = call.execute()) {
            status = response.code();
            byte[] body = response.body() == null ? new byte[0] : response.body().bytes();
            try {
                envelope = json.readTree(body);
            } catch (IOException e) {
                envelope = null;
            }
        } catch (IOException e) {
            throw new IOException(redactor.describe(e));
        } finally {
            current = null;
        }
        if (envelope == null || !envelope.path("ok").asBoolean(false)) {
            throw new PollRefused(status, envelope);
        }
        List<DeliveryJournal.Update> batch = new ArrayList<>();
        long last = offset - 1;
        for (JsonNode node : envelope.path("result")) {
            incoming.read(node).ifPresent(batch::add);
            if (node.path("update_id").isIntegralNumber()) {
                last = Math.max(last, node.path("update_id").asLong());
            }
        }
        inbox.receive(batch);
        offset = last + 1;
    }

    /** A getUpdates answered with an error. */
    private final class PollRefused extends RuntimeException {
        PollRefused(int status, JsonNode envelope) {
            super(envelope == null ? "HTTP " + status + ", not a Bot API answer"
                    : "HTTP " + status + ", " + envelope.path("error_code").asInt(status) + " "
                    + redactor.redact(envelope.path("description").asText(""))
                    + (envelope.path("error_code").asInt(status) == 409 ? " (another instance polls, or a webhook is set)" : ""));
        }
    }

    /** Stops polling: the poll under way is cancelled; waits for the thread to end. */
    @Override
    public void close() {
        stopped = true;
        Call call = current;
        if (call != null) {
            call.cancel();
        }
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
