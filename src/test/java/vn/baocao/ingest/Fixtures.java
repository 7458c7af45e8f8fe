package vn.baocao.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The committed files under {@code src/test/resources/ingest/} (see its README). */
final class Fixtures {
    private Fixtures() {
    }

    /** The path of fixture {@code name}. */
    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }
}
