package vn.baocao.channel.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The web page's files, shipped in the jar under {@code web/} and read once at start: one HTML page, its
 * script and style sheet, and the API's OpenAPI description. No build step, nothing from another site.
 */
final class StaticFiles {
    /** The files served and their types, by path. */
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/app.js", "app.js",
            "/app.css", "app.css",
            "/admin", "admin.html",
            "/admin.js", "admin.js",
            "/api/openapi.json", "openapi.json");

    /** A file: its content type and bytes. */
    record File(String type, byte[] bytes) {
    }

    private final Map<String, File> files = new HashMap<>();

    StaticFiles() {
        FILES.forEach((path, name) -> files.put(path, new File(type(name), read(name))));
    }

    Optional<File> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    static boolean serves(String path) {
        return FILES.containsKey(path);
    }

    private static String type(String name) {
        return name.endsWith(".html") ? "text/html" : name.endsWith(".js") ? "text/javascript"
                : name.endsWith(".css") ? "text/css" : Exchange.JSON;
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks web/" + name + ": build it again");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web/" + name + " from the jar", e);
        }
    }
}
