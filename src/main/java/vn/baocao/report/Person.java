package vn.baocao.report;

import java.util.Arrays;
import java.util.List;

/**
 * A person as a report names them.
 *
 * @param name full name with diacritics, honorifics dropped, e.g. "Bùi Thanh Sơn"; never blank
 * @param role the role(s) the report gives them at the time, party memberships included, comma-separated,
 *             e.g. "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"; empty when none
 */
public record Person(String name, String role) {
    /** How a party membership starts: "Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng". */
    private static final String MEMBERSHIP = "Ủy viên";

    public Person {
        Require.notBlank(name, "person name");
        role = role == null ? "" : role.strip();
    }

    /**
     * The office(s) of {@link #role} without party memberships ("Ủy viên …"), which a short answer
     * leaves out: "Thủ tướng Chính phủ". The whole role when it is only memberships.
     */
    public String office() {
        List<String> offices = Arrays.stream(role.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty() && !part.startsWith(MEMBERSHIP)).toList();
        return offices.isEmpty() ? role : String.join(", ", offices);
    }

    /** The office and name as a reader expects them: "Bộ trưởng Ngoại giao Bùi Thanh Sơn". */
    public String titled() {
        String office = office();
        return office.isEmpty() ? name : office + " " + name;
    }
}
