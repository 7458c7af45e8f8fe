package vn.baocao.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.answer.Citation;
import vn.baocao.report.ReportInfo;

/**
 * The sources of an answer grouped by report, for the source list under it: an answer quoting six
 * passages of one report lists that report once, as "[1]–[6] Title", not six identical lines.
 */
public final class SourceGroups {
    /** A report and the numbers of the citations that quote it, ascending. */
    public record Group(ReportInfo report, List<Integer> numbers) {
        /** The citation numbers as a reader scans them: "[1]", "[1] [3]", "[2]–[5] [7]". */
        public String label() {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < numbers.size()) {
                int j = i;
                while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                    j++;
                }
                out.append(out.isEmpty() ? "" : " ").append('[').append(numbers.get(i)).append(']');
                if (j - i >= 2) {
                    out.append("–[").append(numbers.get(j)).append(']');
                } else if (j > i) {
                    out.append(" [").append(numbers.get(j)).append(']');
                }
                i = j + 1;
            }
            return out.toString();
        }
    }

    private SourceGroups() {
    }

    /** The reports {@code citations} quote, in order of first citation, each with its citation numbers. */
    public static List<Group> of(List<Citation> citations) {
        Map<String, ReportInfo> reports = new LinkedHashMap<>();
        Map<String, List<Integer>> numbers = new LinkedHashMap<>();
        for (Citation c : citations) {
            ReportInfo r = c.passage().report();
            reports.putIfAbsent(r.id(), r);
            numbers.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(c.n());
        }
        List<Group> out = new ArrayList<>();
        reports.forEach((id, r) -> out.add(new Group(r, numbers.get(id).stream().sorted().toList())));
        return out;
    }
}
