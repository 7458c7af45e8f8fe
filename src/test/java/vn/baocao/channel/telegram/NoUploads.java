package vn.baocao.channel.telegram;

import vn.baocao.channel.DocumentIntake;
import vn.baocao.channel.Intake;

/** Refuses every upload: the document intake of tests that do not upload. */
public final class NoUploads implements DocumentIntake {
    /** The one instance. */
    public static final NoUploads INSTANCE = new NoUploads();

    private NoUploads() {
    }

    @Override
    public boolean accepts(String fileName) {
        return false;
    }

    @Override
    public Intake ingest(String fileName, byte[] content) {
        throw new AssertionError("no upload expected");
    }
}
