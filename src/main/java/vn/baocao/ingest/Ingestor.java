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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.nio.file.FileVisitResult;
import java.nio.file.InvalidPathException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.index.PreparedReport;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.Report;
import vn.baocao.report.ReportInfo;

/**
 * Ingests files and folders into the index: every supported file is parsed and put, a file that fails
 * is skipped with its path and reason, and everything is committed once at the end, so a crash or a
 * failure of the index leaves the previous commit intact. Unchanged files are left alone.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
    private static final Set<String> EXTENSIONS = java.util.Arrays.stream(DocumentFormat.values())
            .flatMap(f -> java.util.Arrays.stream(f.extensions())).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
        Tally tally = new Tally(index.isEmpty());
        Set<Path> seen = new HashSet<>();
        try (ParseAhead<Parsed> parsing = new ParseAhead<>(file -> prepared(parser.parse(file), tally))) {
            for (Path path : paths) {
                if (path.toString().isBlank()) {
                    tally.skipped.add(new IngestSummary.Skipped("\"\"", "empty path"));
                } else if (Files.isDirectory(path)) {
                    List<Path> files = supportedFilesUnder(path, tally).stream().filter(f -> seen.add(key(f))).toList();
                    parsing.forEach(files, (file, report) -> add(report, file.toString(), tally));
                } else if (seen.add(key(path))) {
                    add(() -> prepared(parser.parse(path), tally), path.toString(), tally);
                }
            }
        }
        return commit(tally);
    }

    /** The same file given twice (or inside two given folders) is ingested once. */
    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** Ingests the sample reports bundled with baocao (class-path folder {@code samples/}). */
    public IngestSummary ingestSamples() {
        Tally tally = new Tally(index.isEmpty());
        for (String name : sampleNames()) {
            String source = SAMPLES + name;
            add(() -> prepared(parser.parse(name, readResource(source), source), tally), source, tally);
        }
        return commit(tally);
    }

    /**
     * Ingests one report its caller parsed (an uploaded document) by the same rules as a file: an
     * unchanged report, or a copy of one already there, is left alone; otherwise it is put and committed.
     */
    public IngestSummary ingest(Report report) {
        Tally tally = new Tally(index.isEmpty());
        add(() -> prepared(report, tally), report.info().source(), tally);
        return commit(tally);
    }

    /**
     * A parsed report, with its documents prepared for the index unless the index already holds it
     * unchanged. Thread-safe: parse-ahead workers call it, so that tokenizing for the index runs
     * beside the writer, and re-ingesting an unchanged archive does not tokenize it at all.
     */
    private Parsed prepared(Report report, Tally tally) {
        Optional<String> stored = tally.newIndex ? Optional.empty() : index.contentHash(report.info().id());
        boolean unchanged = stored.isPresent() && stored.get().equals(report.contentHash());
        return new Parsed(report, unchanged ? null : PreparedReport.of(report));
    }

    /** A parsed report and, unless it is unchanged, its documents. */
    private record Parsed(Report report, PreparedReport prepared) {
    }

    private void add(java.util.function.Supplier<Parsed> parse, String where, Tally tally) {
        Parsed parsed;
        try {
            parsed = parse.get();
        } catch (IngestException e) {
            LOG.debug("skipped {}", where, e);
            tally.skipped.add(new IngestSummary.Skipped(where, e.reason()));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // a reader's bug, or a document nested deeper than the parser follows: this file is lost, not the run
            LOG.error("{} could not be read: {}", where, e.toString(), e);
            tally.skipped.add(new IngestSummary.Skipped(where, "could not be read (" + e.getClass().getSimpleName() + ")"));
            return;
        }
        Report report = parsed.report();
        if (parsed.prepared() == null) {
            tally.unchanged++;
            return;
        }
        String earlier = tally.sources.putIfAbsent(report.contentHash(), where);
        Optional<ReportInfo> twin = twinOf(report, tally);
        if (earlier != null || twin.isPresent() && stillThere(twin.get())) {
            // The same article saved twice is one report; not an error, so not "skipped".
            LOG.info("{} has the same text as {}, already ingested", where, earlier != null ? earlier : twin.get().source());
            tally.unchanged++;
            return;
        }
        // A file whose text is already indexed under a path that no longer exists was moved or renamed.
        twin.ifPresent(moved -> index.remove(moved.id()));
        index.put(parsed.prepared());
        tally.reports++;
        tally.passages += report.passages().size();
    }

    /** A report already indexed, under another id, with the same text as {@code report}. */
    private Optional<ReportInfo> twinOf(Report report, Tally tally) {
        if (tally.newIndex) {
            return Optional.empty();
        }
        return index.reportWithContent(report.contentHash()).filter(other -> !other.id().equals(report.info().id()));
    }

    private IngestSummary commit(Tally tally) {
        if (tally.reports > 0) {
            index.commit();
        }
        return new IngestSummary(tally.reports, tally.passages, tally.unchanged, tally.skipped);
    }

    /**
     * False only when the report came from an absolute path where there is no file any more: then the
     * new file is that one, moved or renamed. (A relative path, a URL or a bundled sample cannot be
     * checked from here, so the new file counts as a second copy.)
     */
    private static boolean stillThere(ReportInfo report) {
        try {
            Path source = Path.of(report.source());
            return !source.isAbsolute() || Files.exists(source);
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /**
     * The supported, non-hidden files under {@code folder}, sorted, symbolic links followed; unreadable
     * sub-folders, link loops and what is not a regular file (a pipe, a socket, a device) are reported as
     * skipped.
     */
    private static List<Path> supportedFilesUnder(Path folder, Tally tally) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(folder.relativize(dir))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(folder.relativize(file)) || !EXTENSIONS.contains(extension(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else {
                        tally.skipped.add(new IngestSummary.Skipped(file.toString(),
                                "not a regular file (a pipe, socket, device or broken link)"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof java.nio.file.FileSystemLoopException ? "a symbolic link that loops back"
                            : "cannot be read (" + e.getClass().getSimpleName() + ")";
                    tally.skipped.add(new IngestSummary.Skipped(file.toString(), why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new IngestException(folder.toString(), "cannot list the folder (" + e.getMessage() + ")", e);
        }
        files.sort(null);
        return files;
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
        /**
         * True when the run started on an index without reports: there is nothing in the last commit to
         * compare a report with, and asking it twice per report was a fiftieth of a bulk ingest.
         */
        private final boolean newIndex;
        private int reports;
        private int passages;
        private int unchanged;
        private final List<IngestSummary.Skipped> skipped = new ArrayList<>();
        /** Content hash → where it was first seen in this run. */
        private final Map<String, String> sources = new HashMap<>();

        Tally(boolean newIndex) {
            this.newIndex = newIndex;
        }
    }
}
