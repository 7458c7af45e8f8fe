package vn.baocao.chat;

import java.time.LocalDate;
import java.util.List;
import vn.baocao.report.ReportInfo;

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
            /hoinghi – danh sách hội nghị, báo cáo đã nạp
            /moi – bắt đầu cuộc trò chuyện mới
            /help – hướng dẫn này
            """ + EXAMPLES;
    static final String FORGOTTEN = "Đã bắt đầu cuộc trò chuyện mới.";
    static final String NO_SOURCES = "Câu trả lời gần nhất không có nguồn nào để xem. Hãy đặt một câu hỏi trước.";
    static final String NO_REPORTS = "Chưa có báo cáo nào được nạp.";

    private ChatTexts() {
    }

    static String sourceUsage(int count) {
        return count == 1 ? "Câu trả lời gần nhất có 1 nguồn: gõ /nguon 1."
                : "Câu trả lời gần nhất có " + count + " nguồn: gõ /nguon 1 … /nguon " + count + ".";
    }

    static String unknownCommand(String word) {
        return "Không có lệnh " + word + ".\n" + HELP;
    }

    /** One line per report, oldest first: date, conference (or title). */
    static String conferences(List<ReportInfo> reports) {
        if (reports.isEmpty()) {
            return NO_REPORTS;
        }
        StringBuilder out = new StringBuilder("Các báo cáo đã nạp (" + reports.size() + "):");
        for (ReportInfo r : reports) {
            String name = r.conferenceName().isEmpty() ? r.title() : r.conferenceName();
            out.append("\n• ").append(date(r.date())).append(" – ").append(name);
        }
        return out.toString();
    }

    static String date(LocalDate date) {
        return date == null ? "(không rõ ngày)" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }
}
