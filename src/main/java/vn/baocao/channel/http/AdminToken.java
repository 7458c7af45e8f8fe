package vn.baocao.channel.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import vn.baocao.report.Require;

/**
 * The admin's bearer token, compared in constant time: both sides are hashed first, so neither the bytes
 * nor the length of the token can be learnt from how long a refusal takes. Holds only the digest.
 */
final class AdminToken {
    private static final String BEARER = "Bearer ";
    private final byte[] digest;

    AdminToken(String token) {
        Require.notBlank(token, "admin token");
        this.digest = sha256(token);
    }

    /** True when the {@code Authorization} header {@code header} carries the token. */
    boolean matches(Optional<String> header) {
        String given = header.filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(h -> h.substring(BEARER.length()).strip()).orElse("");
        // always compare, even with nothing given, so a missing header takes the time a wrong one does
        return MessageDigest.isEqual(digest, sha256(given)) && !given.isEmpty();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "AdminToken[(hidden)]";
    }
}
