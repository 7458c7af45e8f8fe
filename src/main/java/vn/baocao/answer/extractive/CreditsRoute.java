package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Outcome;
import vn.baocao.answer.Refusal;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.text.Dates;

/**
 * Answers who wrote, published or signed a report, when an official one was issued and how often a page was
 * read ("Ai viết bài …?", "bài đăng trên báo nào", "báo cáo số mấy, ai ký", "ban hành ngày nào", "bài … có bao
 * nhiêu lượt xem") from the report's credits, which ingest read from its byline, page metadata or
 * letterhead and signature block. The report is the one the question's evidence is in, or else the
 * first retrieved that is of the meeting, year and person the question names.
 */
final class CreditsRoute implements Route {
    private final RefusalPolicy policy;

    CreditsRoute(RefusalPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        if (intent.form() != Form.CREDITS) {
            return Outcome.PASS;
        }
        // "Báo cáo số 412/BC-BNG …": the report with that number, wherever the question's other words are
        Optional<Candidate> numbered = intent.numbers().isEmpty() ? Optional.empty()
                : CandidateFinder.find(findings.passages(), findings.weights()).stream()
                .filter(c -> isNumberedAsAsked(c.passage().report(), intent)).min(Comparator.comparingInt(Candidate::rank));
        // "bài tổng kết ngành ngoại giao 2024 do ai viết": a report of the meeting named, whatever else it shares
        Set<String> ofTheMeeting = policy.reportsOfTheMeetingNamed(intent);
        Optional<Candidate> meetings = ofTheMeeting.isEmpty() ? Optional.empty()
                : CandidateFinder.find(findings.passages(), findings.weights()).stream()
                .filter(c -> ofTheMeeting.contains(c.passage().report().id())).min(Comparator.comparingInt(Candidate::rank));
        Optional<Candidate> about = numbered.or(() -> meetings).or(() -> findings.evidence().stream().findFirst()).or(() -> {
            Constraints constraints = new Constraints(intent, findings.weights(), policy);
            return CandidateFinder.find(findings.passages(), findings.weights()).stream().filter(constraints)
                    .min(Comparator.comparingInt(Candidate::rank));
        });
        if (about.isEmpty()) {
            return new Outcome.Refused(policy.noEvidence(intent));
        }
        ReportInfo report = about.get().passage().report();
        List<String> credits = credits(report);
        String named = Lines.article(report);
        if (credits.isEmpty()) {
            return Outcome.Refused.of(Refusal.Reason.NO_EVIDENCE, named + " không ghi tác giả, nơi đăng hay số hiệu.");
        }
        CitationBook book = new CitationBook();
        String marker = book.cite(about.get().passage(), about.get().sentence());
        String text = named + " " + marker + ": " + String.join("; ", credits) + ".";
        return new Outcome.Answered(CitationBook.markersIn(text), book.citations(), AnswerKind.CREDITS);
    }

    private static boolean isNumberedAsAsked(ReportInfo report, Intent intent) {
        String number = report.credits().number();
        return !number.isEmpty() && intent.numbers().stream().anyMatch(n -> RefusalPolicy.isNumbered(number, n));
    }

    /**
     * What the report says of itself: its author or signer, its publisher or issuer, its number, its day of issue,
     * whom it is addressed to, whom its photos are credited to, how often the page had been read, its address.
     */
    private static List<String> credits(ReportInfo report) {
        ReportInfo.Credits c = report.credits();
        boolean official = !c.number().isEmpty();
        List<String> out = new ArrayList<>();
        if (!c.author().isEmpty()) {
            out.add((official ? "người ký: " : "tác giả: ") + c.author());
        }
        if (!c.publisher().isEmpty()) {
            out.add((official ? "cơ quan ban hành: " : "đăng trên: ") + c.publisher());
        }
        if (official) {
            out.add("số: " + c.number());
        }
        if (c.issued() != null) {
            // as the letterhead writes it, then as every other date in an answer is written
            out.add("ban hành " + Dates.asALetterheadWritesIt(c.issued()) + Dates.inBrackets(c.issued()));
        }
        if (!c.addressee().isEmpty()) {
            out.add("kính gửi: " + c.addressee());
        }
        if (!c.recipients().isEmpty()) {
            out.add("nơi nhận: " + c.recipients());
        }
        if (!c.photos().isEmpty()) {
            out.add("ảnh: " + c.photos());
        }
        if (!c.views().isEmpty()) {
            out.add("lượt xem: " + c.views() + " (khi trang được lưu)");
        }
        if (!report.url().isEmpty()) {
            out.add("nguồn: " + report.url());
        }
        return out;
    }
}
