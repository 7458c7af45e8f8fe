package vn.baocao.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;

/**
 * Finds the report a request names by its id, its source (path or URL) or the file name at the end of its
 * source (when longer than four characters), each written as a whole word: not inside a longer run of
 * letters, digits or "_". When several reports are named, the first of the catalogue wins.
 *
 * <p>Its cost depends on the request, not on the archive: the names are looked up in one map, built once
 * per catalogue (the list the supplier returns is the same object until the index changes). Thread-safe.
 */
final class ReportNames {
    /** A catalogue and where each of its names first appears in it. */
    private record Names(List<ReportInfo> reports, Map<String, Integer> first, int longest) {
    }

    private final Supplier<List<ReportInfo>> catalogue;
    private volatile Names names = new Names(List.of(), Map.of(), 0);

    ReportNames(Supplier<List<ReportInfo>> catalogue) {
        this.catalogue = Require.notNull(catalogue, "catalogue");
    }

    /** The report {@code text} names, if any. */
    Optional<ReportInfo> in(String text) {
        Names n = current();
        int best = Integer.MAX_VALUE;
        for (int start = 0; start < text.length(); start++) {
            if (!startsWord(text, start)) {
                continue;
            }
            for (int end = start + 1; end <= Math.min(text.length(), start + n.longest()); end++) {
                if (endsWord(text, end)) {
                    best = Math.min(best, n.first().getOrDefault(text.substring(start, end), Integer.MAX_VALUE));
                }
            }
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(n.reports().get(best));
    }

    private Names current() {
        List<ReportInfo> reports = catalogue.get();
        Names n = names;
        if (n.reports() != reports) {
            n = namesOf(reports);
            names = n;
        }
        return n;
    }

    private static Names namesOf(List<ReportInfo> reports) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            ReportInfo r = reports.get(i);
            String file = r.source().substring(r.source().lastIndexOf('/') + 1);
            first.putIfAbsent(r.id(), i);
            first.putIfAbsent(r.source(), i);
            if (file.length() > 4) {
                first.putIfAbsent(file, i);
            }
        }
        int longest = first.keySet().stream().mapToInt(String::length).max().orElse(0);
        return new Names(reports, Map.copyOf(first), longest);
    }

    /** True when a name may start at {@code i}: no word character before it. */
    private static boolean startsWord(String text, int i) {
        return i == 0 || !isWordChar(text.charAt(i - 1));
    }

    /** True when a name may end at {@code i}: no word character after it. */
    private static boolean endsWord(String text, int i) {
        return i == text.length() || !isWordChar(text.charAt(i));
    }

    /** A letter, a number or "_": what the words of a request are made of. */
    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || c == '_' || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
