package vn.baocao.answer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Says, for the log, why a model call failed: a timeout, a refused connection, an HTTP status. Only
 * the kind of failure and the status are told, never the server's message, which may echo the request
 * and its credentials (OpenAI quotes part of a wrong key).
 */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return "HTTP " + http.statusCode() + status(http.statusCode());
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return "no reply within the timeout";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnresolvedModelServerException || t instanceof UnresolvedAddressException
                    || t instanceof UnknownHostException) {
                return "unknown host";
            }
        }
        return "call failed (" + failure.getClass().getSimpleName() + ")";
    }

    private static String status(int code) {
        return switch (code) {
            case 401, 403 -> " (key refused)";
            case 404 -> " (no such model or path)";
            case 429 -> " (rate limited)";
            default -> code >= 500 ? " (server error)" : "";
        };
    }
}
