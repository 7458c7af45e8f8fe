package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.baocao.text.Sentences;

/**
 * Cuts a report's body into passages: whole paragraphs, short ones merged with what follows them in
 * the same section, very long ones cut between sentences.
 *
 * <p>A passage is what a citation quotes, so a paragraph is never cut mid-sentence, and a short
 * paragraph (under {@value #MIN_LENGTH} characters) — which alone would outrank real answers in
 * search — travels with the next one. A heading starts a section and opens the passage of the
 * paragraph below it; nothing is merged across a heading. A short paragraph that ends a section
 * joins the passage before it. Merged paragraphs are joined by a line break. A list stays with the
 * sentence that opens it, and a table's rows with the line that introduces it (its caption), as far
 * as a passage's length allows: the rows of a table are read against its caption. A speaker's turn of a
 * transcript starts a passage, unless what comes before it is too short to stand alone (a moderator's
 * "Xin mời phóng viên báo Nhân Dân.") or is the reporter's question it answers: a citation of a turn
 * quotes who said it, and an answer is read with its question.
 *
 * <p>Each passage also carries the headings above it that it does not hold — the part's ("II. KẾT QUẢ
 * … NĂM 2023", marked as a heading or not) and its section's — since they scope what it says.
 */
final class PassageSplitter {
    static final int MIN_LENGTH = 200;
    static final int MAX_LENGTH = 1500;
    /** The shortest text kept apart from the speaker's turn that follows it. */
    static final int MIN_BEFORE_TURN = 80;
    /**
     * A line that opens a part of a document, whether or not the format marks it as a heading: numbered in
     * Roman numerals ("II. KẾT QUẢ …") or written in capitals, and short.
     */
    private static final Pattern PART_HEADING = Pattern.compile("(?:[IVXL]{1,5}[.)]\\s+\\S[^\\n]*|[^\\p{Ll}\\n]*\\p{Lu}[^\\p{Ll}\\n]*)");
    /** A point of a list marked by a dash or bullet, and one numbered: "- …", "4. …". */
    private static final Pattern DASHED = Pattern.compile("[-–•+*]\\s");
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}[.)]\\s");
    /** The longest numbered line read as heading a section. */
    private static final int MAX_SECTION_HEADING = 120;
    /** The longest line read as a part's heading. */
    private static final int MAX_PART_HEADING = 160;

    /**
     * A paragraph, or a piece of a long one, whether it is a row of a table, whether it opens a turn, and
     * the headings in force where it stands (the part's and the section's, a line each).
     */
    private record Piece(String text, boolean row, boolean turn, String headings) {
    }

    /**
     * A passage's text and the headings above it that it does not hold itself, a line each: the heading
     * of the part it is in ("II. KẾT QUẢ … NĂM 2023") and of its section.
     */
    record Split(String text, String section) {
    }

    /** The passage texts of {@code body}, in order; empty for an empty body. */
    List<String> split(List<Block> body) {
        return passages(body).stream().map(Split::text).toList();
    }

    /** The passages of {@code body} with the headings above each, in order; empty for an empty body. */
    List<Split> passages(List<Block> body) {
        List<Split> passages = new ArrayList<>();
        List<Piece> section = new ArrayList<>();
        String part = "";
        String heading = "";
        for (Block block : body) {
            String text = block.text().strip();
            if (block.heading()) {
                addSection(passages, section);
                section = new ArrayList<>();
                heading = text;
            }
            if (text.length() <= MAX_PART_HEADING && PART_HEADING.matcher(text).matches()) {
                part = text;
                heading = block.heading() ? text : "";
            }
            String headings = part.equals(heading) || heading.isEmpty() ? part : part.isEmpty() ? heading : part + "\n" + heading;
            boolean opening = block.turn();
            for (String piece : block.heading() ? runs(block.text()) : pieces(block.text())) {
                section.add(new Piece(piece, block.row(), opening, headings));
                opening = false;
            }
        }
        addSection(passages, section);
        return passages;
    }

    /** The headings of {@code first}, the passage's first piece, that {@code text} does not hold. */
    private static String above(Piece first, String text) {
        return first.headings().lines().filter(h -> !text.contains(h)).collect(Collectors.joining("\n"));
    }

    private static void addSection(List<Split> passages, List<Piece> paragraphs) {
        int sectionStart = passages.size();
        StringBuilder pending = new StringBuilder();
        Piece first = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i).text();
            if (!pending.isEmpty()) {
                pending.append('\n');
            } else {
                first = paragraphs.get(i);
            }
            pending.append(paragraph);
            Piece next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            boolean room = next != null && pending.length() + 1 + next.text().length() <= MAX_LENGTH;
            // a list stays with the sentence that opens it: "… các ưu tiên sau:" and its points are one answer
            boolean listGoesOn = room && Sentences.startsAPoint(next.text())
                    && (paragraph.stripTrailing().endsWith(":") || Sentences.startsAPoint(paragraph))
                    && !headsASection(paragraph, next.text());
            // and a table with its caption: "Bảng 2. Kim ngạch …" says what each row's figures are
            boolean tableGoesOn = room && next.row();
            // and a speaker's turn starts a passage, so that its citation shows who is speaking, unless it
            // answers the reporter's question before it: a briefing's question and answer are read together
            boolean answerNext = room && next.turn() && TranscriptTurns.isReporters(paragraph);
            boolean turnNext = next != null && next.turn() && !answerNext;
            if ((pending.length() >= MIN_LENGTH || turnNext && pending.length() >= MIN_BEFORE_TURN) && !listGoesOn
                    && !tableGoesOn && !answerNext) {
                passages.add(new Split(pending.toString(), above(first, pending.toString())));
                pending.setLength(0);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        int last = passages.size() - 1;
        if (last >= sectionStart && passages.get(last).text().length() + pending.length() < MAX_LENGTH) {
            passages.set(last, new Split(passages.get(last).text() + "\n" + pending, passages.get(last).section()));
        } else {
            passages.add(new Split(pending.toString(), above(first, pending.toString())));
        }
    }

    /**
     * True when {@code next}, a numbered line that ends with no punctuation ("4. Kết luận của Thứ trưởng Vương
     * Thu Trang"), follows {@code point}, a point marked by a dash: it heads the next section of the document
     * rather than going on with the dashed list, and opens a passage with what it heads.
     */
    static boolean headsASection(String point, String next) {
        String heading = next.strip();
        return DASHED.matcher(point.stripLeading()).lookingAt() && NUMBERED.matcher(heading).lookingAt()
                && heading.length() <= MAX_SECTION_HEADING && !heading.isEmpty()
                && ".;:!?…".indexOf(heading.charAt(heading.length() - 1)) < 0;
    }

    /**
     * A sentence as is, or, when it is longer than a passage may be (text without punctuation, a run of
     * figures), cut into runs of whole words of at most {@value #MAX_LENGTH} characters — a word longer
     * than that is cut where the length falls.
     */
    static List<String> runs(String sentence) {
        if (sentence.length() <= MAX_LENGTH) {
            return List.of(sentence);
        }
        List<String> runs = new ArrayList<>();
        int start = 0;
        while (sentence.length() - start > MAX_LENGTH) {
            int end = sentence.lastIndexOf(' ', start + MAX_LENGTH);
            if (end <= start) {
                end = start + MAX_LENGTH;
            }
            runs.add(sentence.substring(start, end).strip());
            start = end;
            while (start < sentence.length() && sentence.charAt(start) == ' ') {
                start++;
            }
        }
        if (start < sentence.length()) {
            runs.add(sentence.substring(start));
        }
        runs.removeIf(String::isEmpty);
        return runs;
    }

    /** A paragraph as is, or, when longer than {@value #MAX_LENGTH} characters, cut into runs of whole sentences. */
    private static List<String> pieces(String paragraph) {
        if (paragraph.length() <= MAX_LENGTH) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String whole : Sentences.split(paragraph)) {
            for (String sentence : runs(whole)) {
                if (!piece.isEmpty() && piece.length() + 1 + sentence.length() > MAX_LENGTH) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                piece.append(piece.isEmpty() ? "" : " ").append(sentence);
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
