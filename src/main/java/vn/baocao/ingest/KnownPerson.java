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
 * <p>The role reported is the fullest one the report gives — most offices, then longest — with
 * party memberships ("Ủy viên Bộ Chính trị") left out when an office remains: "Ủy viên Bộ Chính
 * trị, Phó Thủ tướng, Bộ trưởng Ngoại giao" is reported as "Phó Thủ tướng, Bộ trưởng Ngoại giao".
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
        List<RoleTitle> offices = titles.stream().filter(title -> !title.isMembership()).toList();
        titleSets.add(offices.isEmpty() ? titles : offices);
        mentions.add(at);
    }

    /** True when a bare mention of {@code title} may refer to this person. */
    boolean holds(RoleTitle title) {
        return titleSets.stream().flatMap(List::stream).anyMatch(title::mayReferTo);
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
                .max(Comparator.comparingInt((List<RoleTitle> titles) -> titles.size())
                        .thenComparingInt(titles -> role(titles).length()))
                .orElse(List.of());
        return new Person(name, role(fullest));
    }

    private static String role(List<RoleTitle> titles) {
        return titles.stream().map(RoleTitle::text).collect(Collectors.joining(", "));
    }
}
