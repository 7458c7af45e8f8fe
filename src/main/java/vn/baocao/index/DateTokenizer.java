package vn.baocao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits one token per date the text mentions: "5/7" for day 5 month 7 and, when a year is written,
 * also "5/7/2023" at the same position. Everything else in the text is dropped.
 *
 * <p>It reads the whole input first because a date like "ngày 5 tháng 7" spans several words; the
 * texts it sees (a passage, a question) are small.
 */
final class DateTokenizer extends Tokenizer {
    /** A date token of a text, where it was found, and its position increment (0 for the year form). */
    record Pending(String token, int start, int end, int positionIncrement) {
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private List<Pending> pending;
    private int next;
    private int finalOffset;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (pending == null) {
            pending = tokensOf(readAll());
        }
        if (next >= pending.size()) {
            return false;
        }
        Pending p = pending.get(next++);
        term.append(p.token());
        offset.setOffset(correctOffset(p.start()), correctOffset(p.end()));
        position.setPositionIncrement(p.positionIncrement());
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        next = 0;
        finalOffset = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1024];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        finalOffset = correctOffset(text.length());
        return text.toString();
    }

    /** The tokens of {@code text}, which must already be NFKC case-folded as the analyzer's char filter does. */
    static List<Pending> tokensOf(String text) {
        List<Pending> tokens = new ArrayList<>();
        for (DateMention m : DateMention.findAll(text)) {
            tokens.add(new Pending(m.dayMonthToken(), m.start(), m.end(), 1));
            if (m.year() != 0) {
                tokens.add(new Pending(m.fullToken(), m.start(), m.end(), 0));
            }
        }
        return tokens;
    }
}
