package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.baocao.answer.CitationBook;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.PhraseTable;
import vn.baocao.lexicon.Words;
import vn.baocao.report.Mentions.Mention;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.Intent;
import vn.baocao.text.Dates;
import vn.baocao.text.VietnameseText;

/**
 * Answers "what is X's position" ("Hoàng Nam giữ chức vụ gì?", "Nguyễn Bích Ngọc là ai?"): the role
 * the report gives the person, cited to the sentence that names them with it. A person the reports give
 * other roles in other reports (a deputy minister in 2019, the minister in 2023) is given each, oldest
 * first, with the meeting and day of each: one of them alone would be right for one report and wrong for
 * the others.
 */
final class RoleShape implements Shape {
    /** The most roles listed. */
    private static final int MAX_ROLES = 4;
    /** The acts of a meeting, besides chairing it, that tell someone's part in it. */
    private static final java.util.Set<String> OTHER_ACTS = java.util.Set.of("attended", "spoke", "spoke-act");

    /** A role the evidence gives the person, and where. */
    private record Held(String titled, String office, Candidate where) {
    }

    @Override
    public Optional<String> compose(Intent intent, List<Candidate> ranked, CitationBook book) {
        if (intent.person() == null) {
            return Optional.empty();
        }
        List<Held> roles = new ArrayList<>();
        // "vai trò của X ở hội nghị A": the sentence that says what they did there ("…, chủ trì Hội nghị"), chairing
        // first, before one that only names them with their title
        List<Candidate> read = intent.namesAMeeting()
                ? ranked.stream().sorted(Comparator.comparingInt((Candidate c) -> actRank(c.sentence()))).toList() : ranked;
        for (Candidate c : read) {
            Optional<Mention> named = c.mentions().stream().filter(m -> namesWithRole(m, intent)).findFirst();
            if (named.isEmpty()) {
                continue;
            }
            // "Bộ trưởng Ngoại giao" and "Bộ trưởng Bộ Ngoại giao" are one office
            String office = VietnameseText.fold(named.get().person().office()).replaceAll("(?<![a-z])bo ", "");
            if (roles.stream().noneMatch(r -> r.office().contains(office) || office.contains(r.office()))) {
                roles.add(new Held(named.get().person().titled(), office, c));
            }
            if (roles.size() == MAX_ROLES) {
                break;
            }
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        if (roles.size() == 1) {
            Candidate c = roles.getFirst().where();
            String marker = book.cite(c.passage(), c.sentence());
            return Optional.of(roles.getFirst().titled() + " " + marker + ".\n" + Lines.quote(c.sentence(), marker));
        }
        List<String> lines = new ArrayList<>();
        lines.add(intent.person().name() + " trong các báo cáo:");
        roles.stream().sorted(Comparator.comparing((Held r) -> r.where().passage().report().date(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(r -> {
                    ReportInfo report = r.where().passage().report();
                    String marker = book.cite(r.where().passage(), r.where().sentence());
                    lines.add("– " + r.titled() + ", tại " + Lines.conferenceOf(report) + Dates.inBrackets(report.date()) + " " + marker);
                });
        return Optional.of(String.join("\n", lines));
    }

    /**
     * How much {@code sentence} says of someone's part in a meeting, in the lexicon's words for its acts: 0 when
     * it says someone chaired, 1 attended or spoke, 2 neither.
     */
    static int actRank(String sentence) {
        List<String> acts = Lexicon.get().questionCues().find(Words.of(sentence)).stream().map(PhraseTable.Match::value).toList();
        return acts.contains("presided") ? 0 : acts.stream().anyMatch(OTHER_ACTS::contains) ? 1 : 2;
    }

    private static boolean namesWithRole(Mention m, Intent intent) {
        return !m.byTitle() && m.person().name().equals(intent.person().name()) && !m.person().role().isEmpty();
    }
}
