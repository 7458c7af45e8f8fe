package vn.baocao.report;

/**
 * A person as a report names them.
 *
 * @param name full name with diacritics, honorifics dropped, e.g. "Bùi Thanh Sơn"; never blank
 * @param role the role(s) the report gives them at the time, e.g. "Bộ trưởng Ngoại giao"; empty when none
 */
public record Person(String name, String role) {
    public Person {
        Require.notBlank(name, "person name");
        role = role == null ? "" : role.strip();
    }

    /** The role and name as a reader expects them: "Bộ trưởng Ngoại giao Bùi Thanh Sơn". */
    public String titled() {
        return role.isEmpty() ? name : role + " " + name;
    }
}
