package vn.baocao.channel;

/**
 * Takes in a report document an admin sent (a Telegram document, an upload to the HTTP admin): a file
 * name and its bytes in, what was ingested out. Implemented by the application over its ingest pipeline, so the channel does not depend on it;
 * implementations are thread-safe and never throw for a document that cannot be read (that is a
 * {@link Intake.Refused}).
 */
public interface DocumentIntake {
    /** True when a file named {@code fileName} is of a type that can be ingested (by its extension). */
    boolean accepts(String fileName);

    /** Ingests {@code content}, the document named {@code fileName}, and says what became of it. */
    Intake ingest(String fileName, byte[] content);
}
