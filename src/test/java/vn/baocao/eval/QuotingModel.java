package vn.baocao.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.testing.FakeModelServer;
import vn.baocao.text.VietnameseText;

/**
 * A stand-in for a chat model, for playing conversations on the model path without one: asked to rewrite
 * a follow-up, it gives the question back as it came; asked to answer from numbered sources, it quotes
 * the sentence of a source that shares the most words with the question, citing it — unless that sentence
 * shares fewer than half the question's words, when it says, as a model does, that the sources do not
 * cover it. What the model path adds around the model — the gate, the focus, the rewrite's check, the
 * reply's check — is what such a run measures.
 */
final class QuotingModel {
    private static final Pattern SOURCE = Pattern.compile("(?m)^\\[(\\d+)] [^\\n]*\\n");
    private static final String NEW_QUESTION = "Câu hỏi mới: ";
    private static final String QUESTION = "Câu hỏi: ";

    private QuotingModel() {
    }

    /** The reply to {@code request}. */
    static FakeModelServer.Canned reply(FakeModelServer.Request request) {
        String prompt = request.message(request.messages() - 1);
        int rewrite = prompt.indexOf(NEW_QUESTION);
        if (rewrite >= 0) {
            return FakeModelServer.reply(firstLine(prompt.substring(rewrite + NEW_QUESTION.length())));
        }
        int asked = prompt.lastIndexOf(QUESTION);
        if (asked < 0) {
            return FakeModelServer.status(500);
        }
        Set<String> words = new HashSet<>(VietnameseText.foldedWords(firstLine(prompt.substring(asked + QUESTION.length()))));
        String best = "";
        int bestShared = 0;
        String sources = prompt.substring(0, asked);
        Matcher m = SOURCE.matcher(sources);
        List<int[]> starts = new java.util.ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1))});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : sources.length();
            for (String sentence : sources.substring(starts.get(i)[1], end).strip().split("(?<=[.!?])\\s+")) {
                int shared = (int) VietnameseText.foldedWords(sentence).stream().distinct().filter(words::contains).count();
                if (shared > bestShared) {
                    bestShared = shared;
                    best = sentence.strip() + " [" + starts.get(i)[2] + "]";
                }
            }
        }
        boolean covered = !best.isEmpty() && 2 * bestShared >= words.size();
        return FakeModelServer.reply(covered ? best : "Các nguồn không đề cập đến nội dung này.");
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
