package vn.baocao.answer.llm;

import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The prompt templates of {@code prompts/}, packaged on the class path: one Vietnamese file per prompt,
 * whose leading "#" lines (what the prompt is for, its variables) are dropped before use.
 *
 * @param system   the system message of every answer; no variables
 * @param answer   the user message: {@code {{sources}}}, {@code {{question}}}
 * @param condense the follow-up rewriting request: {@code {{chatMemory}}}, {@code {{query}}}
 */
record Prompts(String system, PromptTemplate answer, PromptTemplate condense) {

    /** The templates shipped with baocao; fails naming the file when one is missing. */
    static Prompts bundled() {
        return new Prompts(text("system.txt"), PromptTemplate.from(text("answer.txt")),
                PromptTemplate.from(text("condense.txt")));
    }

    /** The body of {@code prompts/name}: the file without its header comment, stripped. */
    static String text(String name) {
        String path = "/prompts/" + name;
        try (InputStream in = Prompts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("prompt " + path + " is not on the class path");
            }
            return withoutHeader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + path, e);
        }
    }

    /** {@code file} without the "#" lines at its top. */
    static String withoutHeader(String file) {
        List<String> lines = file.lines().toList();
        int start = 0;
        while (start < lines.size() && lines.get(start).startsWith("#")) {
            start++;
        }
        return lines.subList(start, lines.size()).stream().collect(Collectors.joining("\n")).strip();
    }
}
