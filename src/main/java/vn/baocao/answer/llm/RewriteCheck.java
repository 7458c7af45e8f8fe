package vn.baocao.answer.llm;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.baocao.search.Intent;
import vn.baocao.text.VietnameseText;

/**
 * Whether the model's rewrite of a follow-up may stand for the question it was given. The question the
 * chat passes is already read against the conversation; the rewrite is a candidate that may only add to
 * it: it must be Vietnamese (with its marks, when the question had them), keep the question's own words,
 * and name the same person, years and kind of meeting.
 */
final class RewriteCheck {
    private RewriteCheck() {
    }

    /**
     * Why {@code rewrite} (read as {@code rewritten}) may not stand for the question read as {@code asked},
     * or empty when it may.
     */
    static Optional<String> rejection(Intent asked, String rewrite, Intent rewritten) {
        // a question typed without marks may come back without them; one typed with them must stay Vietnamese
        if (!Language.isVietnamese(rewrite) && Language.isVietnamese(asked.text())) {
            return Optional.of("not Vietnamese");
        }
        Set<String> kept = new HashSet<>(VietnameseText.foldedWords(rewritten.text()));
        kept.addAll(rewritten.topicWords());
        List<String> dropped = asked.topicWords().stream().filter(w -> !kept.contains(w)).toList();
        if (!dropped.isEmpty()) {
            return Optional.of("drops the question's words " + String.join(" ", dropped));
        }
        if (asked.person() != null && !asked.person().equals(rewritten.person())) {
            return Optional.of("names " + (rewritten.person() == null ? "no one" : rewritten.person().name())
                    + " for " + asked.person().name());
        }
        if (!rewritten.years().containsAll(asked.years())) {
            return Optional.of("names the years " + rewritten.years() + " for " + asked.years());
        }
        if (asked.conferenceKind() != null && asked.kindOutright() && rewritten.conferenceKind() != asked.conferenceKind()) {
            return Optional.of("names another kind of meeting");
        }
        return Optional.empty();
    }
}
