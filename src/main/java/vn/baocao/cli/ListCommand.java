package vn.baocao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.baocao.index.ReportIndex;

/**
 * A command that lists what an existing index holds, one line per item, or one JSON object per line
 * with {@code --json}. Subclasses say what the items are and how each is written.
 *
 * @param <T> what is listed
 */
abstract class ListCommand<T> implements Callable<Integer> {
    static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (App app = App.openExisting(index.dir())) {
            for (T item : items(app.index())) {
                out.println(json ? JSON.writeValueAsString(node(item)) : line(item));
            }
        }
        out.flush();
        return 0;
    }

    /** What is listed, in the order it is printed. */
    abstract List<T> items(ReportIndex index);

    /** One item as a line for people. */
    abstract String line(T item);

    /** One item as a JSON object for tools. */
    abstract ObjectNode node(T item);
}
