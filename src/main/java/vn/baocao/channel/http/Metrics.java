package vn.baocao.channel.http;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Refusal;

/**
 * What {@code /metrics} tells, in Prometheus' text format: questions answered, refusals by reason (every
 * reason, zeros included, so a dashboard's series exist from the start), how long answers took (a histogram),
 * the model's fallbacks to the extractive answer, responses by status and requests refused by the rate limit.
 * Thread-safe.
 */
final class Metrics {
    /** Upper bounds of the latency buckets, in seconds: an extractive answer takes milliseconds, a model's seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final LongAdder questions = new LongAdder();
    private final Map<Refusal.Reason, LongAdder> refusals = new EnumMap<>(Refusal.Reason.class);
    private final LongAdder[] buckets = new LongAdder[BUCKETS.length];
    private final LongAdder latencyCount = new LongAdder();
    private final LongAdder latencyNanos = new LongAdder();
    private final Map<Integer, LongAdder> responses = new ConcurrentHashMap<>();
    private final LongAdder rateLimited = new LongAdder();
    private final LongSupplier llmFallbacks;

    Metrics(LongSupplier llmFallbacks) {
        this.llmFallbacks = llmFallbacks;
        for (Refusal.Reason r : Refusal.Reason.values()) {
            refusals.put(r, new LongAdder());
        }
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    /** Counts {@code answer}, which took {@code nanos} to give. */
    void answered(Answer answer, long nanos) {
        questions.increment();
        if (answer.refusal() != null) {
            refusals.get(answer.refusal().reason()).increment();
        }
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                buckets[i].increment();
                break;
            }
        }
        latencyCount.increment();
        latencyNanos.add(nanos);
    }

    void responded(int status) {
        responses.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    void rateLimited() {
        rateLimited.increment();
    }

    /** The metrics in Prometheus' text exposition format (version 0.0.4). */
    String render() {
        StringBuilder out = new StringBuilder();
        counter(out, "baocao_questions_total", "Questions answered or refused through the HTTP API.");
        out.append("baocao_questions_total ").append(questions.sum()).append('\n');
        counter(out, "baocao_refusals_total", "Questions the reports did not answer, by the reason's code.");
        refusals.forEach((reason, n) -> out.append("baocao_refusals_total{reason=\"").append(reason.code())
                .append("\"} ").append(n.sum()).append('\n'));
        out.append("# HELP baocao_answer_seconds Time to answer a question through the HTTP API.\n")
                .append("# TYPE baocao_answer_seconds histogram\n");
        long cumulative = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            cumulative += buckets[i].sum();
            out.append("baocao_answer_seconds_bucket{le=\"").append(format(BUCKETS[i])).append("\"} ")
                    .append(cumulative).append('\n');
        }
        long count = latencyCount.sum();
        out.append("baocao_answer_seconds_bucket{le=\"+Inf\"} ").append(count).append('\n');
        out.append("baocao_answer_seconds_sum ").append(format(latencyNanos.sum() / 1e9)).append('\n');
        out.append("baocao_answer_seconds_count ").append(count).append('\n');
        counter(out, "baocao_llm_fallbacks_total", "Model replies not used (failed or rejected): the extractive answer was given.");
        out.append("baocao_llm_fallbacks_total ").append(llmFallbacks.getAsLong()).append('\n');
        counter(out, "baocao_http_responses_total", "HTTP responses, by status.");
        new TreeMap<>(responses).forEach((status, n) -> out.append("baocao_http_responses_total{code=\"").append(status)
                .append("\"} ").append(n.sum()).append('\n'));
        counter(out, "baocao_http_rate_limited_total", "Requests refused because their client asked too often.");
        out.append("baocao_http_rate_limited_total ").append(rateLimited.sum()).append('\n');
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" counter\n");
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
