package vn.baocao.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.answer.Citation;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Meeting;
import vn.baocao.text.Dates;

/** The bot's own words (Vietnamese), kept together so every channel says the same thing. */
final class ChatTexts {
    static final String EXAMPLES = """
            Ví dụ:
            • Ai chủ trì hội nghị tổng kết năm 2022?
            • bo truong bui thanh son de nghi gi nam 2023
            • Việt Nam trúng cử HĐBA với bao nhiêu phiếu?""";
    static final String GREETING = "Xin chào! Tôi trả lời câu hỏi về các báo cáo hội nghị của Bộ Ngoại giao, "
            + "mỗi ý đều kèm nguồn trích dẫn. Gõ câu hỏi bằng tiếng Việt, có dấu hay không dấu đều được.\n" + EXAMPLES;
    static final String HELP = """
            Gõ câu hỏi để được trả lời kèm nguồn [1], [2]…
            Lệnh:
            /nguon n – xem trọn đoạn báo cáo là nguồn số n của câu trả lời gần nhất
            /hoinghi – danh sách các hội nghị trong báo cáo
            /phatbieu <người> [năm] – người đó đã phát biểu gì, ví dụ: /phatbieu Bùi Thanh Sơn 2023
            /ainoi <nội dung> – ai đã nói điều đó, ví dụ: /ainoi bảo vệ Tổ quốc từ sớm, từ xa
            /tomtat <hội nghị | người | năm> – tóm tắt có trích dẫn, ví dụ: /tomtat tổng kết 2022; gõ “xem thêm” để đọc tiếp
            /moi – bắt đầu cuộc trò chuyện mới
            /help – hướng dẫn này
            """ + EXAMPLES;
    static final String FORGOTTEN = "Đã bắt đầu cuộc trò chuyện mới.";
    static final String NOTHING_CITED = "Câu trả lời trước không dẫn nguồn nào: các báo cáo không nói điều đã hỏi, "
            + "nên không có đoạn nào để trích.";
    static final String NO_SOURCES = "Câu trả lời gần nhất không có nguồn nào để xem. Hãy đặt một câu hỏi trước.";
    static final String NO_REPORTS = "Chưa có hội nghị nào trong các báo cáo đã nạp.";
    static final String SAID_BY_USAGE = "Gõ /phatbieu <tên người> [năm hoặc hội nghị], ví dụ: /phatbieu Bùi Thanh Sơn 2023";
    static final String SUMMARY_USAGE = "Gõ /tomtat <hội nghị, người hoặc năm>, ví dụ: /tomtat tổng kết 2022, "
            + "/tomtat Bùi Thanh Sơn, /tomtat năm 2023, /tomtat so sánh sơ kết 2019 và 2023";
    static final String WHO_SAID_USAGE = "Gõ /ainoi <nội dung>, ví dụ: /ainoi bảo vệ Tổ quốc từ sớm, từ xa";
    /** More conferences than this are summed up in one line: a chat message is read on a phone. */
    private static final int MAX_LISTED = 30;

    private ChatTexts() {
    }

    /** The line that tells how a follow-up was read: "(Hiểu là: Phạm Minh Chính, Hội nghị tổng kết năm 2024)". */
    static String readAs(String understood) {
        return "(Hiểu là: " + understood + ")";
    }

    /**
     * The reply to "nguồn nào?": the last answer's sources by their numbers, with who wrote and who published
     * each report when it says ("[1] bài của B.T.V, đăng trên VGP").
     */
    static String sourcesOf(List<Citation> citations) {
        StringBuilder out = new StringBuilder("Câu trả lời trước lấy từ " + (citations.size() == 1 ? "nguồn " : "các nguồn ")
                + String.join(", ", citations.stream().map(c -> "[" + c.n() + "]").toList()) + ".");
        Set<String> told = new HashSet<>();
        for (Citation c : citations) {
            ReportInfo.Credits credits = c.passage().report().credits();
            if (credits == null || !told.add(c.passage().report().id())) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (!credits.author().isBlank()) {
                parts.add("người viết: " + credits.author());
            }
            if (!credits.publisher().isBlank()) {
                parts.add("nơi đăng: " + credits.publisher());
            }
            if (!parts.isEmpty()) {
                out.append("\n[").append(c.n()).append("] ").append(String.join("; ", parts));
            }
        }
        return out.toString();
    }

    /** The reply to "nói rõ hơn" when the last answer has no next page: each passage it cites, in full. */
    static String passagesOf(List<Citation> citations) {
        Map<String, StringBuilder> byPassage = new LinkedHashMap<>();
        for (Citation c : citations) {
            byPassage.computeIfAbsent(c.passage().key(), k -> new StringBuilder("\n\n").append(c.passage().text()).append(' '))
                    .append('[').append(c.n()).append(']');
        }
        StringBuilder out = new StringBuilder("Chi tiết trong báo cáo:");
        byPassage.values().forEach(out::append);
        return out.toString();
    }

    /** The reply to "nói rõ hơn …" of one thing: each sentence of the sources on it, with its source. */
    static String detailsOf(List<Citation> parts) {
        StringBuilder out = new StringBuilder("Chi tiết trong báo cáo:");
        for (Citation c : parts) {
            out.append("\n– “").append(c.quote()).append("” [").append(c.n()).append(']');
        }
        return out.toString();
    }

    /** The reply to "trích nguyên văn": each sentence the last answer quoted, word for word, with its source. */
    static String quotesOf(List<Citation> citations) {
        StringBuilder out = new StringBuilder("Nguyên văn trong báo cáo:");
        for (Citation c : citations) {
            out.append("\n– “").append(c.quote()).append("” [").append(c.n()).append(']');
        }
        return out.toString();
    }

    static String sourceUsage(int count) {
        return count == 1 ? "Câu trả lời gần nhất có 1 nguồn: gõ /nguon 1."
                : "Câu trả lời gần nhất có " + count + " nguồn: gõ /nguon 1 … /nguon " + count + ".";
    }

    static String unknownCommand(String word) {
        return "Không có lệnh " + word + ".\n" + HELP;
    }

    /** One line per conference, oldest first: date, name, who presided; the most recent ones when many. */
    static String conferences(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return NO_REPORTS;
        }
        StringBuilder out = new StringBuilder("Các hội nghị trong báo cáo (" + meetings.size() + "):");
        int skipped = Math.max(0, meetings.size() - MAX_LISTED);
        if (skipped > 0) {
            out.append("\n… ").append(skipped).append(" hội nghị trước đó");
        }
        for (Meeting m : meetings.subList(skipped, meetings.size())) {
            out.append("\n• ").append(date(m.date())).append(" – ").append(m.conference().name());
            m.leaders().stream().findFirst().ifPresent(p -> out.append(" (").append(p.part().label()).append(": ")
                    .append(p.person().titled()).append(')'));
        }
        return out.toString();
    }

    static String date(LocalDate date) {
        return Dates.vietnameseOrUnknown(date);
    }
}
