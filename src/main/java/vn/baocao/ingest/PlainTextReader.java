package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.baocao.report.ReportInfo;
import vn.baocao.text.Sentences;
import vn.baocao.text.VietnameseText;

/**
 * Reads a plain-text file: blank lines separate blocks, and inside a block each line is its own
 * paragraph unless it is hard-wrapped prose, whose lines are joined; a short line ends a wrapped
 * paragraph though no blank line follows it, a point of a list starts one, and a line in capitals
 * (a heading) or without letters (a rule) stands alone. A file opened by a mail's header lines ("From:",
 * "To:", "Date:", "Subject:") is a mail saved as text, and is read as one.
 *
 * <p>Why not "a block is a paragraph": text copied from news sites puts the headline, the lead and
 * site chrome on consecutive lines with no blank line between them (sample 001), and the cleaner
 * must see those lines apart. A hard-wrapped block is recognised by its shape: every line but the
 * last is long, within a typical wrap width, and most do not end a sentence.
 */
final class PlainTextReader implements DocumentReader {
    private static final int MAX_WRAP_WIDTH = 100;
    private static final int MIN_WRAPPED_LINE = 40;
    /** The shortest line a mail client wraps before a dash: shorter lines before a dash introduce a list. */
    private static final int MIN_WRAPPED_AT_A_DASH = 60;
    private static final Pattern DASH_AND_LOWERCASE = Pattern.compile("[-–]\\s+\\p{Ll}");
    /** A line opened by a short label and a colon: "Thời gian: …", "Chủ trì họp báo: …". */
    private static final Pattern LABELLED_LINE = Pattern.compile("\\p{Lu}\\p{Ll}*(?: \\p{Ll}+){0,4}:\\s");

    /** A row of a table drawn in text: cells between "│" or "|" borders, at least two of them. */
    private static final Pattern TABLE_ROW = Pattern.compile("\\s*[│|┃].*[│|┃].*[│|┃]\\s*");
    /** A table's rule drawn in text: box-drawing characters, dashes, "+" and "=" only ("├──┼──┤", "+---+---+"). */
    private static final Pattern TABLE_RULE = Pattern.compile("\\s*[─━┌┐└┘├┤┬┴┼═╔╗╚╝╠╣╦╩╬+|│┃=\\-]{3,}\\s*");
    /** A row of one cell across a table drawn in text: "| Phía Bộ Ngoại giao |". */
    private static final Pattern SPANNING_ROW = Pattern.compile("\\s*[│|┃][^│|┃]*\\p{L}[^│|┃]*[│|┃]\\s*");
    private static final Pattern CELL_BORDER = Pattern.compile("[│|┃]");

    @Override
    public RawDocument read(String name, byte[] content) {
        String text = TextDecoder.decode(name, content);
        Map<String, String> headers = MailThread.leadingHeaders(text);
        return headers.isEmpty() ? RawDocument.of(blocks(text)) : savedMail(text, headers);
    }

    /**
     * A mail saved or pasted as text, opened by its header lines: read as {@link EmailReader} reads a mail —
     * the message it forwards first, its subject the title, the day it was sent the date, its sender and
     * recipients the credits.
     */
    private RawDocument savedMail(String text, Map<String, String> headers) {
        MailThread thread = MailThread.of(text, "", "");
        List<Block> blocks = new ArrayList<>();
        thread.texts().forEach(message -> blocks.addAll(blocks(message)));
        var credits = new ReportInfo.Credits(names(headers, "from", "từ", "người gửi"), "", "", null,
                names(headers, "to", "đến", "tới", "người nhận"), names(headers, "cc"));
        return new RawDocument(blocks, thread.titleHint(), "", thread.sent().orElse(null), credits);
    }

    /** The people the first of {@code labels} found in {@code headers} names, without their addresses. */
    private static String names(Map<String, String> headers, String... labels) {
        for (String label : labels) {
            String value = headers.getOrDefault(label, "");
            if (!value.isBlank()) {
                List<String> names = new ArrayList<>();
                for (String one : value.split("[,;]")) {
                    String named = one.replaceAll("<[^>]*>", "").replace("\"", "").strip();
                    names.add(named.isEmpty() ? one.replaceAll("[<>]", "").strip() : named);
                }
                return String.join(", ", names);
            }
        }
        return "";
    }

    private List<Block> blocks(String source) {
        List<Block> blocks = new ArrayList<>();
        for (List<String> group : blankLineGroups(source)) {
            // a table may follow its heading without a blank line between: "I. THÀNH PHẦN THAM DỰ" then "┌───┬───┐"
            List<String> text = new ArrayList<>();
            for (int at = 0; at < group.size(); ) {
                int end = at;
                while (end < group.size() && isTableLine(group.get(end))) {
                    end++;
                }
                List<String> lines = group.subList(at, end);
                if (end > at && isTable(lines)) {
                    addText(text, blocks);
                    blocks.addAll(tableRows(lines));
                    at = end;
                } else {
                    text.addAll(end > at ? lines : List.of(group.get(at)));
                    at = end > at ? end : at + 1;
                }
            }
            addText(text, blocks);
        }
        return blocks;
    }

    /** The paragraphs of {@code lines}, added to {@code blocks}; {@code lines} is emptied. */
    private static void addText(List<String> lines, List<Block> blocks) {
        for (List<String> run : paragraphRuns(lines)) {
            if (isHardWrapped(run)) {
                blocks.add(Block.paragraph(String.join(" ", run)));
            } else {
                run.forEach(line -> blocks.add(Block.paragraph(line)));
            }
        }
        lines.clear();
    }

    private static boolean isTableLine(String line) {
        return TABLE_ROW.matcher(line).matches() || SPANNING_ROW.matcher(line).matches() || TABLE_RULE.matcher(line).matches();
    }

    /**
     * True when {@code lines}, rows and rules of a table drawn in text, hold two rows at least: a table typed or
     * pasted into a text file, as minutes list who attended.
     */
    private static boolean isTable(List<String> lines) {
        return lines.stream().filter(line -> TABLE_ROW.matcher(line).matches()).count() >= 2;
    }

    /** The rows of a table drawn in text, each one sentence with its cells after their columns' headings ({@link TableRows}). */
    private static List<Block> tableRows(List<String> group) {
        List<Block> rows = new ArrayList<>();
        TableRows table = new TableRows();
        table.start();
        List<String> pending = null;
        for (String line : group) {
            if (TABLE_RULE.matcher(line).matches()) {
                continue; // a rule, or the "|---|---|" under a pipe table's headings
            }
            String inner = line.strip();
            List<String> cells = new ArrayList<>(List.of(CELL_BORDER.split(inner.substring(1, inner.length() - 1), -1)));
            cells.replaceAll(String::strip);
            if (cells.size() == 1) {
                // "| Phía Bộ Ngoại giao |": a row across the table names the part of it below
                addRow(table, pending, rows);
                pending = null;
                rows.add(Block.tableRow(cells.getFirst()));
            } else if (pending != null && pending.size() == cells.size() && cells.getFirst().isEmpty()) {
                // "|   |   | UBND tỉnh |": a cell's text wrapped onto a line of its own goes on with the row above
                for (int i = 0; i < cells.size(); i++) {
                    pending.set(i, (pending.get(i) + " " + cells.get(i)).strip());
                }
            } else {
                addRow(table, pending, rows);
                pending = cells;
            }
        }
        addRow(table, pending, rows);
        table.end().ifPresent(row -> rows.add(Block.tableRow(row)));
        return rows;
    }

    private static void addRow(TableRows table, List<String> cells, List<Block> rows) {
        if (cells == null) {
            return;
        }
        table.startRow();
        for (String cell : cells) {
            table.startCell();
            table.add(cell);
            table.endCell();
        }
        table.endRow().ifPresent(row -> rows.add(Block.tableRow(row)));
    }

    private static List<List<String>> blankLineGroups(String text) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            // normalize() also turns a line of no-break spaces into "", i.e. a blank line
            String normalized = VietnameseText.normalize(line);
            if (normalized.isEmpty()) {
                addIfNotEmpty(groups, current);
                current = new ArrayList<>();
            } else {
                current.add(normalized);
            }
        }
        addIfNotEmpty(groups, current);
        return groups;
    }

    private static void addIfNotEmpty(List<List<String>> groups, List<String> group) {
        if (!group.isEmpty()) {
            groups.add(group);
        }
    }

    /**
     * The lines of {@code group} in runs, each ending at a short line: the last line of a wrapped paragraph,
     * where an official report typed with hard wraps starts the next one without a blank line between.
     */
    private static List<List<String>> paragraphRuns(List<String> group) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : group) {
            // "2022." after a line cut in mid-sentence is the sentence's last word, wrapped
            boolean wrappedNumber = !run.isEmpty() && line.chars().anyMatch(Character::isDigit)
                    && run.getLast().length() >= MIN_WRAPPED_LINE && !endsSentence(run.getLast());
            if (isInCapitals(line) || line.chars().noneMatch(Character::isLetter) && !wrappedNumber) {
                // "II. ĐÁNH GIÁ CHUNG VÀ BÀI HỌC KINH NGHIỆM", "----------": a heading or a rule of its own
                addIfNotEmpty(runs, run);
                runs.add(List.of(line));
                run = new ArrayList<>();
                continue;
            }
            boolean wrappedAtADash = !run.isEmpty() && continuesAtADash(run.getLast(), line);
            if (!wrappedAtADash && (Sentences.startsAPoint(line) || LABELLED_LINE.matcher(line).lookingAt())) {
                // "- Như trên;", "2. Phối hợp …", "Chủ trì: …": a point or a labelled line starts a paragraph of its own
                addIfNotEmpty(runs, run);
                run = new ArrayList<>();
            }
            run.add(line);
            if (line.length() < MIN_WRAPPED_LINE) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        addIfNotEmpty(runs, run);
        return runs;
    }

    /**
     * True when {@code line}, opened by a dash and a word in lowercase, goes on with {@code previous}, a line cut at
     * the wrap width in mid-sentence: "… Thương mại Việt Nam" then "- châu Phi lần thứ hai diễn ra …" is one name
     * wrapped at its dash, not a point of a list.
     */
    private static boolean continuesAtADash(String previous, String line) {
        return previous.length() >= MIN_WRAPPED_AT_A_DASH && !endsSentence(previous) && !previous.endsWith(";")
                && DASH_AND_LOWERCASE.matcher(line).lookingAt();
    }

    private static boolean isInCapitals(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        List<String> allButLast = lines.subList(0, lines.size() - 1);
        boolean wrapWidth = lines.stream().allMatch(line -> line.length() <= MAX_WRAP_WIDTH)
                && allButLast.stream().allMatch(line -> line.length() >= MIN_WRAPPED_LINE);
        long sentenceEnds = allButLast.stream().filter(PlainTextReader::endsSentence).count();
        return wrapWidth && sentenceEnds * 2 <= allButLast.size();
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }
}
