package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Optional;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.Mentions.Mention;
import vn.baocao.search.Intent;

/**
 * Answers "what is X's position" ("Hoàng Nam giữ chức vụ gì?", "Nguyễn Bích Ngọc là ai?"): the role
 * the report gives the person, cited to the sentence that names them with it.
 */
final class RoleShape implements Shape {

    @Override
    public Optional<String> compose(Intent intent, List<Candidate> ranked, CitationBook book) {
        if (intent.person() == null) {
            return Optional.empty();
        }
        return ranked.stream()
                .filter(c -> c.mentions().stream().anyMatch(m -> namesWithRole(m, intent)))
                .findFirst()
                .map(c -> {
                    String marker = book.cite(c.passage(), c.sentence());
                    String titled = c.mentions().stream().filter(m -> namesWithRole(m, intent)).findFirst()
                            .orElseThrow().person().titled();
                    return titled + " " + marker + ".\n" + Lines.quote(c.sentence(), marker);
                });
    }

    private static boolean namesWithRole(Mention m, Intent intent) {
        return !m.byTitle() && m.person().name().equals(intent.person().name()) && !m.person().role().isEmpty();
    }
}
