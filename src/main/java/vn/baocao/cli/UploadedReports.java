package vn.baocao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.baocao.channel.DocumentIntake;
import vn.baocao.channel.Intake;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.IngestException;
import vn.baocao.ingest.IngestSummary;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;
import vn.baocao.report.Report;

/**
 * Reports uploaded through the bot: each document is kept in the uploads folder (so that after the
 * index is rebuilt, {@code baocao ingest uploads/} brings it back), named by a digest of its bytes and
 * its own name, then parsed and ingested by the same rules as a file. A document that cannot be read
 * is refused with the parser's reason, and not kept. One upload at a time.
 */
final class UploadedReports implements DocumentIntake {
    private static final int DIGEST_CHARS = 12;
    private static final int MAX_NAME = 100;

    private final ReportParser parser;
    private final Ingestor ingestor;
    private final Path dir;

    UploadedReports(ReportIndex index, Path dir, long maxBytes) {
        this.parser = new ReportParser(maxBytes);
        this.ingestor = new Ingestor(parser, index);
        this.dir = dir;
    }

    @Override
    public boolean accepts(String fileName) {
        return ReportParser.supports(fileName);
    }

    @Override
    public synchronized Intake ingest(String fileName, byte[] content) {
        Path file = dir.resolve(digest(content) + "-" + safe(fileName));
        boolean existed = Files.exists(file);
        save(file, content);
        Report report;
        try {
            report = parser.parse(file);
        } catch (IngestException e) {
            if (!existed) {
                delete(file);
            }
            return new Intake.Refused(e.reason());
        }
        IngestSummary summary = ingestor.ingest(report);
        return summary.reports() == 1 ? new Intake.Added(report.info(), report.passages().size())
                : new Intake.Unchanged(report.info());
    }

    private void save(Path file, byte[] content) {
        try {
            Files.createDirectories(dir);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded document in " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unreadable upload " + file, e);
        }
    }

    /** The name's last segment with anything but letters, digits, dot, dash and underscore replaced. */
    static String safe(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        String cleaned = base.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "_");
        return cleaned.length() <= MAX_NAME ? cleaned : cleaned.substring(cleaned.length() - MAX_NAME);
    }

    private static String digest(byte[] content) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(sha).substring(0, DIGEST_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
