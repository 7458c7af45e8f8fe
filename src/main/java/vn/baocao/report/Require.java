package vn.baocao.report;

/** The project's one guard idiom: each check throws {@link IllegalArgumentException} naming the field. */
public final class Require {
    private Require() {
    }

    /** Returns {@code value} when it is not null; otherwise throws naming {@code what}. */
    public static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    /** Returns {@code value} when it has a non-whitespace character; otherwise throws naming {@code what}. */
    public static String notBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** Throws naming {@code what} unless {@code condition} holds. */
    public static void that(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException(what);
        }
    }
}
