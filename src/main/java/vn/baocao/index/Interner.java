package vn.baocao.index;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands back one instance for equal values while a catalog is built: the same people, roles,
 * places and conferences recur in thousands of reports, and each decoded copy would otherwise stay in
 * memory as long as the catalog does. Not thread-safe; one per build.
 */
final class Interner {
    private final Map<Object, Object> seen = new HashMap<>();

    /** {@code value}, or the equal value handed back before. */
    @SuppressWarnings("unchecked") // a value is only ever mapped to itself, so to its own type
    <T> T of(T value) {
        return value == null ? null : (T) seen.computeIfAbsent(value, v -> v);
    }
}
