package vn.baocao.channel;

import java.util.Optional;
import vn.baocao.report.Passage;

/**
 * What a bot reads from the report index besides answers: a passage by its identity (for source
 * buttons, however old) and how much the index holds (for the admins' statistics). Implemented by the
 * application over its index; implementations are thread-safe.
 */
public interface Library {
    /** Passage {@code ordinal} of report {@code reportId}, or empty when the index no longer has it. */
    Optional<Passage> passage(String reportId, int ordinal);

    /** How many reports the index holds. */
    int reportCount();

    /** How many passages the index holds. */
    int passageCount();
}
