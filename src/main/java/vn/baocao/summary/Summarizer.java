package vn.baocao.summary;

/** Writes the summary of a {@link Target}; one implementation per composer. Implementations are thread-safe. */
public interface Summarizer {

    /**
     * The summary of {@code target}, page {@code page} (1 first; each next page goes on with what the
     * previous ones left out), as the answer to {@code question}; never null, never throwing for a target
     * the index has: nothing left to show is an abstention saying so.
     */
    Summary summarize(String question, Target target, int page);
}
