package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.PhraseTable;
import vn.baocao.lexicon.SpeechKind;
import vn.baocao.lexicon.Words;

/** Statements of the kind a question asks for ("đề nghị gì" → requests), preferred over the others. */
final class StatementKinds {
    private StatementKinds() {
    }

    /**
     * The first {@code limit} statements whose verb is of {@code kind}, reading the sentences of no more
     * statements than it takes to find them (reading one may cost an index lookup); the first
     * {@code limit} of all when none is, or when {@code kind} is null (any statement will do).
     */
    static <T> List<T> preferAsked(SpeechKind kind, List<T> statements, Function<T, String> words, int limit) {
        if (kind != null) {
            List<T> ofKind = new ArrayList<>();
            for (int i = 0; i < statements.size() && ofKind.size() < limit; i++) {
                if (isOf(kind, words.apply(statements.get(i)))) {
                    ofKind.add(statements.get(i));
                }
            }
            if (!ofKind.isEmpty()) {
                return ofKind;
            }
        }
        return statements.subList(0, Math.min(limit, statements.size()));
    }

    /** True when {@code text} (a speech verb, or a sentence) uses a speech verb of {@code kind}. */
    static boolean isOf(SpeechKind kind, String text) {
        return Lexicon.get().speechVerbs().find(Words.of(text)).stream().map(PhraseTable.Match::value)
                .anyMatch(kind::equals);
    }
}
