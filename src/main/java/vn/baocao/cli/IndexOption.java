package vn.baocao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --index DIR} option every command shares; given before the command ({@code baocao --index DIR
 * ask …}) or after it, else BAOCAO_INDEX, then {@code index/}.
 */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "index directory (default: $BAOCAO_INDEX or ./index)")
    Path dir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The index directory to use: this command's option, else the enclosing command's, else the settings'. */
    Path dir() {
        if (dir != null) {
            return dir;
        }
        for (CommandSpec outer = command == null ? null : command.parent(); outer != null; outer = outer.parent()) {
            OptionSpec option = outer.findOption("--index");
            if (option != null && option.getValue() != null) {
                return option.getValue();
            }
        }
        return Main.settings().indexDir();
    }
}
