package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.baocao.report.Person;

/**
 * A person as a report names them so far: every set of titles given with the name and every
 * position the name appears at.
 *
 * <p>The role reported is the fullest one the report gives — most offices, then most titles, then
 * longest — party memberships ("Ủy viên Bộ Chính trị") kept: they are roles too, though a bare
 * "Ủy viên" never resolves to a person.
 */
final class KnownPerson {
    private final String name;
    private final List<List<RoleTitle>> titleSets = new ArrayList<>();
    private final List<PeopleFinder.Position> mentions = new ArrayList<>();

    KnownPerson(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** Records a mention with the titles given there (possibly none). */
    void mentioned(List<RoleTitle> titles, PeopleFinder.Position at) {
        titleSets.add(List.copyOf(titles));
        mentions.add(at);
    }

    /**
     * True when a bare mention of {@code title} may refer to this person. Memberships never do: "Ủy
     * viên không thường trực HĐBA" is not the Politburo member named earlier.
     */
    boolean holds(RoleTitle title) {
        return !title.isMembership() && titleSets.stream().flatMap(List::stream)
                .filter(held -> !held.isMembership()).anyMatch(title::mayReferTo);
    }

    /** The last position before {@code at} where the name appears, or {@link PeopleFinder.Position#NONE}. */
    PeopleFinder.Position lastMentionBefore(PeopleFinder.Position at) {
        return mentions.stream().filter(position -> position.compareTo(at) < 0).max(Comparator.naturalOrder())
                .orElse(PeopleFinder.Position.NONE);
    }

    /** The first position where the name appears. */
    PeopleFinder.Position firstMention() {
        return mentions.get(0);
    }

    /** This person with the fullest role the report gives them. */
    Person person() {
        List<RoleTitle> fullest = titleSets.stream()
                .max(Comparator.comparingLong((List<RoleTitle> titles) -> offices(titles))
                        .thenComparingInt(List::size)
                        .thenComparingInt(titles -> role(titles).length()))
                .orElse(List.of());
        return new Person(name, role(fullest));
    }

    private static long offices(List<RoleTitle> titles) {
        return titles.stream().filter(title -> !title.isMembership()).count();
    }

    private static String role(List<RoleTitle> titles) {
        return titles.stream().map(RoleTitle::text).collect(Collectors.joining(", "));
    }
}
