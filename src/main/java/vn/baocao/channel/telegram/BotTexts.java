package vn.baocao.channel.telegram;

import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import vn.baocao.chat.Usage;
import vn.baocao.report.ReportInfo;

/**
 * What only the Telegram bot says (Vietnamese): the command menu, the refusal, the reply to stickers and
 * photos, button notices, upload confirmations and statistics. Everything a conversation says comes from
 * the chat package, so the console and Telegram answer alike. Texts built with values return HTML.
 */
final class BotTexts {
    /** The command menu everyone sees. */
    static final List<BotCommand> MENU = List.of(
            new BotCommand("start", "Bắt đầu, xem câu hỏi mẫu"),
            new BotCommand("help", "Hướng dẫn và các lệnh"),
            new BotCommand("nguon", "Xem trọn đoạn nguồn n của câu trả lời gần nhất"),
            new BotCommand("hoinghi", "Các hội nghị trong báo cáo"),
            new BotCommand("phatbieu", "Một người đã phát biểu gì: /phatbieu <tên> [năm]"),
            new BotCommand("ainoi", "Ai đã nói điều đó: /ainoi <nội dung>"),
            new BotCommand("tomtat", "Tóm tắt: /tomtat <hội nghị | người | năm>"),
            new BotCommand("moi", "Bắt đầu cuộc trò chuyện mới"));
    /** The admins' menu: everyone's, and statistics. */
    static final List<BotCommand> ADMIN_MENU = Stream.concat(MENU.stream(),
            Stream.of(new BotCommand("thongke", "Thống kê (quản trị viên)"))).toList();
    /** The reply to a sticker, photo, voice message… */
    static final String ONLY_TEXT = "Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi về các báo cáo hội nghị của Bộ "
            + "Ngoại giao, ví dụ: “Ai chủ trì hội nghị tổng kết năm 2022?”, hoặc gõ /help để xem các lệnh.";
    /** The notice for a source button whose passage the index no longer has as it was. */
    static final String SOURCE_GONE = "Nguồn này đã thay đổi hoặc không còn trong chỉ mục. Hãy hỏi lại để có nguồn mới.";
    /** The notice for a button that is not one of the bot's. */
    static final String UNKNOWN_BUTTON = "Nút này không còn dùng được.";
    static final String STATS_COMMAND = "thongke";
    static final String STATS_ALIAS = "stats";

    private BotTexts() {
    }

    /** The one message a chat outside the allowlist gets, with the id an admin needs to let it in. */
    static String refusal(long chatId) {
        return "Xin lỗi, bot này chỉ phục vụ các cuộc trò chuyện đã được cấp quyền. Nếu bạn cần dùng, hãy gửi mã "
                + "cuộc trò chuyện này cho quản trị viên: " + Html.code(Long.toString(chatId));
    }

    static String receiving(String fileName) {
        return "Đang nạp " + Html.bold(fileName) + "…";
    }

    static String unsupportedType(String fileName) {
        return "Không nạp được " + Html.bold(fileName) + ": chỉ nhận tệp .txt, .md, .html, .pdf, .docx.";
    }

    static String tooLarge(String fileName, long size, long max) {
        return "Không nạp được " + Html.bold(fileName) + ": tệp " + megabytes(size) + ", quá giới hạn "
                + megabytes(max) + ".";
    }

    static String downloadFailed(String fileName) {
        return "Không tải được " + Html.bold(fileName) + " từ Telegram. Vui lòng gửi lại.";
    }

    static String added(ReportInfo report, int passages) {
        return "Đã nạp báo cáo " + Html.bold(report.title()) + "\nNgày: " + Html.escape(TelegramFormat.date(report.date()))
                + conference(report) + "\nSố đoạn: " + passages;
    }

    static String unchanged(ReportInfo report) {
        return "Báo cáo này đã có trong chỉ mục, không có gì thay đổi: " + Html.bold(report.title());
    }

    static String refused(String fileName, String reason) {
        return "Không nạp được " + Html.bold(fileName) + ": " + Html.escape(reason);
    }

    /** The admins' statistics. */
    static String statistics(int reports, int passages, Usage.Snapshot usage) {
        return Html.bold("Thống kê") + "\n• Báo cáo: " + reports + "\n• Đoạn văn: " + passages
                + "\n• Câu hỏi đã trả lời: " + usage.questions()
                + "\n• Không có trong báo cáo (từ chối trả lời): " + usage.abstentions()
                + " (" + String.format(Locale.ROOT, "%.0f", 100 * usage.abstentionRate()) + "%)";
    }

    private static String conference(ReportInfo report) {
        return report.conferenceName().isEmpty() ? "" : "\nHội nghị: " + Html.escape(report.conferenceName());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
