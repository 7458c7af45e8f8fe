package vn.baocao.channel.http;

import java.util.Map;
import vn.baocao.report.Require;

/**
 * A request the server does not serve, as the client reads it: an {@code application/problem+json} body
 * (RFC 9457) with the HTTP status, a title, a detail saying what was wrong with this request, and a stable
 * {@code code} a program can act on. Thrown wherever the request is found wanting; the server answers it.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, String> headers;

    Problem(int status, String code, String detail, Map<String, String> headers) {
        super(detail);
        Require.that(status >= 400 && status <= 599, "a problem has a 4xx or 5xx status, not " + status);
        Require.notBlank(code, "problem code");
        Require.notBlank(detail, "problem detail");
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    Problem(int status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    static Problem badRequest(String code, String detail) {
        return new Problem(400, code, detail);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "not_found", detail);
    }

    int status() {
        return status;
    }

    /** The stable code of what was wrong: "bad_json", "too_large", "rate_limited", … */
    String code() {
        return code;
    }

    /** Headers the response carries besides the body (Allow, Retry-After, WWW-Authenticate). */
    Map<String, String> headers() {
        return headers;
    }

    /** The status's name, the problem's title. */
    String title() {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }
}
