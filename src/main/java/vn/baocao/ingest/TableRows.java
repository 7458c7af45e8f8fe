package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the rows of a document's table into sentences a reader can quote: "Số đoàn cấp cao: 36" rather
 * than the loose cells "Số đoàn cấp cao" and "36", whose number alone says nothing.
 *
 * <p>The first row gives the columns' headings when none of its cells is a number but a year and the table has
 * more rows (a first row alone is a row). A row of figures — an item, then numbers that are not dates — is then
 * the item and its numbers, each with its column's heading ("Số đoàn cấp cao: 18"); any other row is its cells
 * each after its heading, joined by "; ". A row of a list of people (a "Họ và tên" column) is the person as a
 * report writes one, name then offices. Empty cells are left out. Without headings a row is its
 * cells joined by " – ". A table inside a cell is read as text of that cell. One per document being
 * read; not thread-safe.
 */
final class TableRows {
    private static final Pattern NUMBER = Pattern.compile("[\\d.,%+\\-–/ ]+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** The headings of a column that numbers the rows. */
    private static final Set<String> ROW_NUMBER = Set.of("stt", "tt", "#", "no.", "no", "số tt");
    /** A heading that says what its column counts: "Số đại biểu kiều bào", "Tổng số dự án". */
    private static final Pattern COUNTS = Pattern.compile("(?iu)(tổng )?số (?!tt\\b)");
    /** A day and month, with or without a year: "18/12", "5/7/2023" tell when, they count nothing. */
    private static final Pattern DATE = Pattern.compile("(?:0?[1-9]|[12]\\d|3[01])/(?:0?[1-9]|1[0-2])(?:/\\d{2,4})?");

    /** The headings of a column of people's names, folded. */
    private static final Set<String> NAME_HEADINGS = Set.of("ho va ten", "ho ten", "ten", "dai bieu", "thanh vien");
    /** How the headings of the columns that give a person's offices start, folded. */
    private static final List<String> OFFICE_HEADINGS = List.of("chuc vu", "chuc danh", "don vi", "co quan", "noi cong tac");

    private int depth;
    private List<String> headings;
    private boolean headingsUsed;
    private boolean firstRow;
    private List<String> row;
    private StringBuilder cell;

    void start() {
        depth++;
        if (depth == 1) {
            headings = null;
            headingsUsed = false;
            firstRow = true;
        }
    }

    /** Ends a table: a first row alone, taken for headings, is its one row after all. */
    Optional<String> end() {
        depth = Math.max(0, depth - 1);
        if (depth == 0 && headings != null && !headingsUsed) {
            List<String> alone = headings;
            headings = null;
            return Optional.of(joined(alone, " – "));
        }
        return Optional.empty();
    }

    void startRow() {
        if (depth == 1) {
            row = new ArrayList<>();
        }
    }

    void startCell() {
        if (depth == 1) {
            cell = new StringBuilder();
        }
    }

    /** True while inside a cell of a table: its paragraphs are the cell's text, not paragraphs of their own. */
    boolean inCell() {
        return depth > 0 && cell != null;
    }

    /** Adds the text of one paragraph of the current cell. */
    void add(String text) {
        if (!text.isEmpty()) {
            cell.append(cell.isEmpty() ? "" : " ").append(text);
        }
    }

    void endCell() {
        if (depth == 1 && cell != null && row != null) {
            row.add(cell.toString().strip());
            cell = null;
        }
    }

    /** The row just ended as one paragraph; empty for the headings row and for a row with no text. */
    Optional<String> endRow() {
        if (depth != 1 || row == null) {
            return Optional.empty();
        }
        List<String> cells = row;
        row = null;
        if (cells.stream().allMatch(String::isEmpty)) {
            return Optional.empty();
        }
        if (firstRow) {
            firstRow = false;
            // "Chỉ tiêu | 2022 | 2023 | 8 tháng 2024": years head columns, they count nothing
            if (cells.stream().noneMatch(c -> isNumber(c) && !YEAR.matcher(c.strip()).matches()) && cells.size() > 1) {
                headings = cells;
                return Optional.empty();
            }
        }
        headingsUsed |= headings != null;
        boolean labelled = headings != null && headings.size() == cells.size();
        List<String> heads = labelled ? headings : null;
        if (labelled && ROW_NUMBER.contains(headings.getFirst().strip().toLowerCase(Locale.ROOT)) && cells.size() > 1) {
            // "STT | Năm | Di sản": a row's number in the table tells nothing about it
            heads = headings.subList(1, headings.size());
            cells = cells.subList(1, cells.size());
        }
        if (labelled && isAListOfPeople(heads)) {
            return Optional.of(person(cells, heads));
        }
        if (labelled && cells.size() > 1 && !isNumber(cells.getFirst())
                && cells.subList(1, cells.size()).stream().anyMatch(TableRows::isFigure)) {
            return Optional.of(figures(cells, heads));
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            parts.add(labelled && !heads.get(i).isEmpty() ? heads.get(i) + ": " + cells.get(i) : cells.get(i));
        }
        return Optional.of(joined(parts, labelled ? "; " : " – "));
    }

    /**
     * A row of figures as its item — the cells before its first number, joined — and then each number
     * with its column's heading: "Số đoàn cấp cao: 18", or with more columns "Bảo hộ công dân, Ngư dân
     * được hỗ trợ về nước: 289 (6 tháng đầu năm 2017); 341 (Cùng kỳ năm 2016)" — each number right after
     * what it counts or after the one before it.
     */
    private static String figures(List<String> cells, List<String> headings) {
        int first = 0;
        while (first < cells.size() && !isFigure(cells.get(first))) {
            first++;
        }
        String item = String.join(", ", cells.subList(0, first).stream().filter(c -> !c.isEmpty()).toList());
        List<String> values = new ArrayList<>();
        for (int i = first; i < cells.size(); i++) {
            String heading = headings.get(i).strip();
            // one column of numbers says what it counts only when its heading does: "Số đại biểu", not "Kết quả"
            boolean said = !heading.isEmpty() && (cells.size() - first > 1 || COUNTS.matcher(heading).lookingAt());
            if (!cells.get(i).isEmpty()) {
                values.add(said ? cells.get(i) + " (" + heading + ")" : cells.get(i));
            }
        }
        return joined(List.of(item + ": " + String.join("; ", values)), "");
    }

    /** True when {@code headings} name a column of people's names: a list of who took part, as minutes give it. */
    private static boolean isAListOfPeople(List<String> headings) {
        return headings.stream().anyMatch(h -> NAME_HEADINGS.contains(folded(h)));
    }

    /**
     * A row of a list of people as a report writes a person: their name, then their offices ("Lê Quang Thịnh, Vụ
     * trưởng Vụ Tổng hợp kinh tế"), then any other cell after its heading ("Ghi chú: vắng mặt").
     */
    private static String person(List<String> cells, List<String> headings) {
        String name = "";
        List<String> offices = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String heading = folded(headings.get(i));
            if (cell.isEmpty()) {
                continue;
            }
            if (NAME_HEADINGS.contains(heading) && name.isEmpty()) {
                name = cell;
            } else if (OFFICE_HEADINGS.stream().anyMatch(heading::startsWith)) {
                offices.add(cell);
            } else {
                rest.add(headings.get(i).strip() + ": " + cell);
            }
        }
        String written = offices.isEmpty() ? name : name.isEmpty() ? String.join(" ", offices)
                : name + ", " + String.join(" ", offices);
        return joined(rest.isEmpty() ? List.of(written) : List.of(written + "; " + String.join("; ", rest)), "");
    }

    private static String folded(String heading) {
        return vn.baocao.text.VietnameseText.fold(heading).strip().toLowerCase(Locale.ROOT);
    }

    /** True when {@code cell} is a number that counts something: not a date. */
    private static boolean isFigure(String cell) {
        return isNumber(cell) && !DATE.matcher(cell.strip()).matches();
    }

    private static boolean isNumber(String cell) {
        return !cell.isEmpty() && NUMBER.matcher(cell).matches() && cell.chars().anyMatch(Character::isDigit);
    }

    private static String joined(List<String> parts, String separator) {
        String joined = String.join(separator, parts.stream().filter(p -> !p.isEmpty()).toList());
        return joined.endsWith(".") ? joined : joined + ".";
    }
}
