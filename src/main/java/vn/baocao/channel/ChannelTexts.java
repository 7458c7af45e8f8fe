package vn.baocao.channel;

import java.util.Locale;
import vn.baocao.chat.Usage;

/**
 * What every bot says besides the conversation (Vietnamese, plain text): the refusal of a chat outside
 * the allowlist, the reply to stickers and photos, and the admins' statistics, with the command that
 * asks for them. A channel with markup (Telegram's HTML) escapes these texts and adds its emphasis.
 */
public final class ChannelTexts {
    /** The reply to a sticker, photo, voice message… */
    public static final String ONLY_TEXT = "Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi về các báo cáo hội nghị của "
            + "Bộ Ngoại giao, ví dụ: “Ai chủ trì hội nghị tổng kết năm 2022?”, hoặc gõ /help để xem các lệnh.";
    /** The refusal, before the chat's id. */
    public static final String REFUSAL = "Xin lỗi, bot này chỉ phục vụ các cuộc trò chuyện đã được cấp quyền. Nếu bạn "
            + "cần dùng, hãy gửi mã cuộc trò chuyện này cho quản trị viên: ";
    /** The notice to a chat that sent more messages than the bot queues for one chat. */
    public static final String TOO_MANY = "Bạn đã gửi nhiều tin nhắn liên tiếp; tôi đang trả lời những tin trước và "
            + "đã bỏ qua các tin gửi thêm. Xin đợi các câu trả lời rồi gửi lại câu hỏi còn thiếu.";
    /** The statistics' heading. */
    public static final String STATISTICS = "Thống kê";
    /** The admins' statistics command, and its English alias. */
    public static final String STATS_COMMAND = "thongke";
    public static final String STATS_ALIAS = "stats";

    private ChannelTexts() {
    }

    /** The one message a chat outside the allowlist gets, with the id an admin needs to let it in. */
    public static String refusal(String chatId) {
        return REFUSAL + chatId;
    }

    /** The statistics after their heading: reports, passages, questions served and the share declined. */
    public static String statisticsLines(int reports, int passages, Usage.Snapshot usage) {
        return "• Báo cáo: " + reports + "\n• Đoạn văn: " + passages
                + "\n• Câu hỏi đã trả lời: " + usage.questions()
                + "\n• Không có trong báo cáo (từ chối trả lời): " + usage.abstentions()
                + " (" + String.format(Locale.ROOT, "%.0f", 100 * usage.abstentionRate()) + "%)";
    }

    /** True for "/thongke", "/stats", "/thongke@baocao_bot" and the same with words after them. */
    public static boolean isStatistics(String text) {
        String word = text.split("\\s", 2)[0].toLowerCase(Locale.ROOT);
        int at = word.indexOf('@');
        String bare = at < 0 ? word : word.substring(0, at);
        return bare.equals("/" + STATS_COMMAND) || bare.equals("/" + STATS_ALIAS);
    }
}
