package vn.baocao.answer.extractive;

import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Outcome;
import vn.baocao.answer.Refusal;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;

/** The last route: answers from the sentences that best carry the question's topic, or refuses for want of them. */
final class EvidenceRoute implements Route {
    /** The smallest count whose members a question may ask for: "hai"-item lists are written out. */
    private static final int MIN_COUNT = 3;
    /** The words after a number that make it a span of time, folded. */
    private static final java.util.Set<String> TIME_NOUNS = java.util.Set.of("nam", "thang", "ngay", "tuan", "gio", "ky");
    private final RefusalPolicy policy;

    EvidenceRoute(RefusalPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        if (findings.evidence().isEmpty()) {
            return new Outcome.Refused(policy.noEvidence(intent));
        }
        java.util.OptionalInt unlisted = countNotListed(intent, findings.evidence().getFirst());
        if (unlisted.isPresent()) {
            return Outcome.Refused.of(Refusal.Reason.NO_EVIDENCE, "Các báo cáo chỉ nêu con số " + unlisted.getAsInt()
                    + " mà không liệt kê từng mục, nên tôi không trả lời để tránh suy đoán.");
        }
        CitationBook book = new CitationBook();
        String text = new EvidenceShape().compose(intent, findings.evidence(), book).orElseThrow();
        AnswerKind kind = intent.form() == Form.LIST ? AnswerKind.LIST : AnswerKind.ANSWER;
        return new Outcome.Answered(CitationBook.markersIn(text), book.citations(), kind);
    }

    /**
     * The count a question asks the members of ("12 nước … là những nước nào", "danh sách 30 cá nhân")
     * when the best sentence gives that count and no list of so many after it ("… bổ sung 12 nước vào danh
     * sách …, chủ yếu ở châu Âu"): the reports say how many, not which. Empty otherwise.
     */
    static java.util.OptionalInt countNotListed(Intent intent, Candidate best) {
        if (intent.form() != Form.LIST && !(intent.form() == Form.WHO_SAID && intent.person() == null)) {
            return java.util.OptionalInt.empty();
        }
        for (String number : intent.numbers()) {
            if (!number.matches("\\d{1,2}") || Integer.parseInt(number) < MIN_COUNT) {
                continue;
            }
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("(?<![\\d.,])" + number + "(?![\\d.,/])\\s*(\\p{L}*)")
                    .matcher(best.sentence());
            // "50 năm quan hệ ngoại giao" is a span of time, not a count of things to list
            if (!at.find() || TIME_NOUNS.contains(vn.baocao.text.VietnameseText.fold(at.group(1)).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            String after = best.sentence().substring(at.end());
            int items = after.split("[,;:]|\\s(?:và|hoặc)\\s").length + Enumerations.following(best).size();
            if (items < Integer.parseInt(number)) {
                return java.util.OptionalInt.of(Integer.parseInt(number));
            }
        }
        return java.util.OptionalInt.empty();
    }
}
