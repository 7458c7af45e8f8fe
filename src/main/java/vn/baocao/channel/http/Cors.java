package vn.baocao.channel.http;

import java.util.List;
import java.util.Optional;

/**
 * Which other sites' pages may call the API from a browser: none unless configured (so a page elsewhere
 * can neither read answers nor use the admin), the listed origins, or every origin with {@code *}. The admin
 * endpoints are never offered across origins.
 */
final class Cors {
    private final List<String> origins;

    Cors(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    /** The value of Access-Control-Allow-Origin for a request from {@code origin} to {@code path}, if it is allowed. */
    Optional<String> allowed(Optional<String> origin, String path) {
        if (origin.isEmpty() || origins.isEmpty() || !path.startsWith("/api/") || path.startsWith("/api/admin")) {
            return Optional.empty();
        }
        return origins.contains("*") || origins.contains(origin.get()) ? origin : Optional.empty();
    }

    /** Adds the CORS headers {@code ex} earns, and answers a preflight ({@code OPTIONS}); true when it was one. */
    boolean apply(Exchange ex) {
        Optional<String> allowed = allowed(ex.header("Origin"), ex.path());
        allowed.ifPresent(o -> {
            ex.responseHeader("Access-Control-Allow-Origin", o);
            ex.responseHeader("Vary", "Origin");
        });
        if (!"OPTIONS".equals(ex.method())) {
            return false;
        }
        if (allowed.isEmpty()) {
            throw new Problem(403, "cors_refused", "requests from other sites are not allowed here"
                    + (ex.path().startsWith("/api/admin") ? "" : " (BAOCAO_CORS_ORIGINS lists the sites that may)"));
        }
        ex.responseHeader("Access-Control-Allow-Methods", "GET, POST");
        ex.responseHeader("Access-Control-Allow-Headers", "Content-Type, Accept");
        ex.responseHeader("Access-Control-Max-Age", "600");
        ex.empty(204);
        return true;
    }
}
