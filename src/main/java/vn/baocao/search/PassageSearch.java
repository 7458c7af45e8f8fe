package vn.baocao.search;

import java.util.List;

/** Finds the passages that best answer an intent. */
public interface PassageSearch {
    /**
     * The best passages for {@code intent}, best first, at most {@code limit}; empty when it has nothing
     * to search for or nothing matches (including under its year filter).
     */
    List<PassageHit> retrieve(Intent intent, int limit);
}
