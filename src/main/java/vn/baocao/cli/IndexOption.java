package vn.baocao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command shares; defaults to BAOCAO_INDEX, then {@code index/}. */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "index directory (default: $BAOCAO_INDEX or ./index)")
    Path dir;

    /** The index directory to use. */
    Path dir() {
        return dir != null ? dir : Main.settings().indexDir();
    }
}
