package vn.baocao.channel.telegram;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import vn.baocao.channel.ChannelTexts;
import vn.baocao.chat.Usage;
import vn.baocao.report.ReportInfo;

/**
 * What only the Telegram bot says (Vietnamese): the command menu, button notices, upload confirmations,
 * and the shared {@link ChannelTexts} (refusal, statistics) in HTML. Everything a conversation says comes
 * from the chat package, so the console, Telegram and Zalo answer alike. Texts built with values return HTML.
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
            Stream.of(new BotCommand(ChannelTexts.STATS_COMMAND, "Thống kê (quản trị viên)"))).toList();
    /** The notice for a source button whose passage the index no longer has as it was. */
    static final String SOURCE_GONE = "Nguồn này đã thay đổi hoặc không còn trong chỉ mục. Hãy hỏi lại để có nguồn mới.";
    /** The notice for a button that is not one of the bot's. */
    static final String UNKNOWN_BUTTON = "Nút này không còn dùng được.";

    private BotTexts() {
    }

    /** The one message a chat outside the allowlist gets, with the id an admin needs to let it in. */
    static String refusal(long chatId) {
        return Html.escape(ChannelTexts.REFUSAL) + Html.code(Long.toString(chatId));
    }

    static String receiving(String fileName) {
        return "Đang nạp " + Html.bold(fileName) + "…";
    }

    static String unsupportedType(String fileName) {
        return "Không nạp được " + Html.bold(fileName) + ": chỉ nhận tệp .txt, .md, .html, .pdf, .docx, .eml.";
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
        return Html.bold(ChannelTexts.STATISTICS) + "\n" + Html.escape(ChannelTexts.statisticsLines(reports, passages, usage));
    }

    private static String conference(ReportInfo report) {
        return report.conferenceName().isEmpty() ? "" : "\nHội nghị: " + Html.escape(report.conferenceName());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
