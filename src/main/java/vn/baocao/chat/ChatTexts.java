package vn.baocao.chat;

import java.time.LocalDate;
import java.util.List;
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
