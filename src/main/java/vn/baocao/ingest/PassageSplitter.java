package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.text.Sentences;

/**
 * Cuts a report's body into passages: whole paragraphs, short ones merged with what follows them in
 * the same section, very long ones cut between sentences.
 *
 * <p>A passage is what a citation quotes, so a paragraph is never cut mid-sentence, and a short
 * paragraph (under {@value #MIN_LENGTH} characters) — which alone would outrank real answers in
 * search — travels with the next one. A heading starts a section and opens the passage of the
 * paragraph below it; nothing is merged across a heading. A short paragraph that ends a section
 * joins the passage before it. Merged paragraphs are joined by a line break.
 */
final class PassageSplitter {
    static final int MIN_LENGTH = 200;
    static final int MAX_LENGTH = 1500;

    /** The passage texts of {@code body}, in order; empty for an empty body. */
    List<String> split(List<Block> body) {
        List<String> passages = new ArrayList<>();
        List<String> section = new ArrayList<>();
        for (Block block : body) {
            if (block.heading()) {
                addSection(passages, section);
                section = new ArrayList<>();
            }
            section.addAll(block.heading() ? List.of(block.text()) : pieces(block.text()));
        }
        addSection(passages, section);
        return passages;
    }

    private static void addSection(List<String> passages, List<String> paragraphs) {
        int sectionStart = passages.size();
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            if (!pending.isEmpty()) {
                pending.append('\n');
            }
            pending.append(paragraph);
            // a list stays with the sentence that opens it: "… các ưu tiên sau:" and its points are one answer
            boolean listGoesOn = i + 1 < paragraphs.size() && Sentences.startsAPoint(paragraphs.get(i + 1))
                    && (paragraph.stripTrailing().endsWith(":") || Sentences.startsAPoint(paragraph))
                    && pending.length() + 1 + paragraphs.get(i + 1).length() <= MAX_LENGTH;
            if (pending.length() >= MIN_LENGTH && !listGoesOn) {
                passages.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        int last = passages.size() - 1;
        if (last >= sectionStart && passages.get(last).length() + pending.length() < MAX_LENGTH) {
            passages.set(last, passages.get(last) + "\n" + pending);
        } else {
            passages.add(pending.toString());
        }
    }

    /** A paragraph as is, or, when longer than {@value #MAX_LENGTH} characters, cut into runs of whole sentences. */
    private static List<String> pieces(String paragraph) {
        if (paragraph.length() <= MAX_LENGTH) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String sentence : Sentences.split(paragraph)) {
            if (!piece.isEmpty() && piece.length() + 1 + sentence.length() > MAX_LENGTH) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(piece.isEmpty() ? "" : " ").append(sentence);
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
