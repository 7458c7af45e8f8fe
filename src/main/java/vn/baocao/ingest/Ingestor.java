package vn.baocao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.Report;

/**
 * Ingests files and folders into the index: every supported file is parsed and put, a file that fails
 * is skipped with its path and reason, and everything is committed once at the end, so a crash or a
 * failure of the index leaves the previous commit intact. Unchanged files are left alone.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "pdf", "docx");
    private static final String SAMPLES = "samples/";

    private final ReportParser parser;
    private final ReportIndex index;

    public Ingestor(ReportParser parser, ReportIndex index) {
        this.parser = parser;
        this.index = index;
    }

    /**
     * Ingests {@code paths}: files as given (whatever their extension, so an unsupported one is
     * reported), folders recursively (only supported extensions, hidden files ignored), in path order.
     */
    public IngestSummary ingest(List<Path> paths) {
        Tally tally = new Tally();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                supportedFilesUnder(path).forEach(file -> ingestFile(file, tally));
            } else {
                ingestFile(path, tally);
            }
        }
        return commit(tally);
    }

    /** Ingests the sample reports bundled with baocao (class-path folder {@code samples/}). */
    public IngestSummary ingestSamples() {
        Tally tally = new Tally();
        for (String name : sampleNames()) {
            String source = SAMPLES + name;
            add(() -> parser.parse(name, readResource(source), source), source, tally);
        }
        return commit(tally);
    }

    private void ingestFile(Path file, Tally tally) {
        add(() -> parser.parse(file), file.toString(), tally);
    }

    private void add(java.util.function.Supplier<Report> parse, String where, Tally tally) {
        Report report;
        try {
            report = parse.get();
        } catch (IngestException e) {
            LOG.debug("skipped {}", where, e);
            tally.skipped.add(new IngestSummary.Skipped(where, e.reason()));
            return;
        }
        Optional<String> stored = index.contentHash(report.info().id());
        if (stored.isPresent() && stored.get().equals(report.contentHash())) {
            tally.unchanged++;
            return;
        }
        index.put(report);
        tally.reports++;
        tally.passages += report.passages().size();
    }

    private IngestSummary commit(Tally tally) {
        if (tally.reports > 0) {
            index.commit();
        }
        return new IngestSummary(tally.reports, tally.passages, tally.unchanged, tally.skipped);
    }

    private static List<Path> supportedFilesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)) && EXTENSIONS.contains(extension(p)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException(folder.toString(), "cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static List<String> sampleNames() {
        return new String(readResource(SAMPLES + "samples.list"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }

    private static byte[] readResource(String name) {
        try (InputStream in = Ingestor.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }

    /** Counts of one run. */
    private static final class Tally {
        private int reports;
        private int passages;
        private int unchanged;
        private final List<IngestSummary.Skipped> skipped = new ArrayList<>();
    }
}
