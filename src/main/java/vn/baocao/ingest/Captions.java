package vn.baocao.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.text.Sentences;

/**
 * Recognises photo captions, which are not prose of the article.
 *
 * <p>Marked captions carry a photo credit: "… Ảnh: TG&amp;VN", "… - Ảnh: H.N", "… (Nguồn: Bộ Ngoại
 * giao)", or the numbered alt text some sites print, "… - Ảnh 1.". Unmarked captions carry no credit,
 * so they are told by their shape: a single short sentence that only describes a scene — it starts
 * with "Toàn cảnh"/"Quang cảnh" or with delegates attending, or it says someone speaks, attends,
 * chairs or presents "tại Hội nghị / buổi … / điểm cầu …" and stops there. Such a line repeats what
 * the prose around it says, and indexed alone it outranks the paragraphs that answer questions.
 */
final class Captions {
    private static final int MAX_MARKED = 300;
    private static final int MAX_UNMARKED = 160;
    private static final String PHOTO = "Ảnh";
    private static final Pattern NUMBERED_PHOTO = Pattern.compile("^(.+?)\\s*[-–—]\\s*Ảnh\\s*\\d+\\s*\\.?$");
    private static final Pattern CREDITED = Pattern.compile(
            "^(.*?)[\\s.,\\-–—(]*(?<!\\p{L})(?iu:ảnh|nguồn ảnh|photo)\\s*:\\s*([^:]{1,50})$"
                    + "|^(.*?)\\s*\\(\\s*(?iu:nguồn|ảnh)\\s*:([^)]{1,80})\\)\\s*\\.?$");
    /** What closes a credit without being part of it: "Ảnh: TG&VN." */
    private static final Pattern CREDIT_END = Pattern.compile("[\\s.,;)]+$");
    private static final Pattern SCENE_START = Pattern.compile(
            "^(?:Toàn cảnh|Quang cảnh|Khung cảnh|(?:Các |Một số )?(?:đại biểu|Đại biểu)"
                    + " (?:dự|tham dự|chụp ảnh|tại|trao|tặng))(?!\\p{L})");
    private static final Pattern SCENE_AT_VENUE = Pattern.compile("(?iu)(?<!\\p{L})"
            + "(?:phát biểu|dự|tham dự|chủ trì|trao|tặng|chụp ảnh|thăm|tiếp|bắt tay|hội đàm|hội kiến|trò chuyện)"
            + "(?!\\p{L})[^,;:]{0,60}?"
            + "(?:tại |khai mạc |bế mạc |kết luận |chỉ đạo )(?:hội nghị|buổi|điểm cầu|lễ|sự kiện|hội thảo|phiên)"
            + "(?!\\p{L})[^,;:]{0,60}\\.?$");

    private Captions() {
    }

    /** A photo caption with a credit or number, the credit read; empty for any other line. */
    static Optional<Caption> marked(String line) {
        if (line.length() > MAX_MARKED) {
            return Optional.empty();
        }
        // each pattern needs a word or mark most lines lack ("Ảnh", a colon): looked for first, it
        // spares the lazy patterns their quadratic failure on every paragraph
        Matcher numbered = NUMBERED_PHOTO.matcher(line);
        if (line.contains(PHOTO) && numbered.matches()) {
            return Optional.of(new Caption(numbered.group(1), true, ""));
        }
        Matcher credited = CREDITED.matcher(line);
        if (line.indexOf(':') >= 0 && credited.matches()) {
            boolean first = credited.group(1) != null;
            String text = first ? credited.group(1) : credited.group(3);
            String credit = CREDIT_END.matcher(first ? credited.group(2) : credited.group(4)).replaceFirst("");
            return Optional.of(new Caption(text.strip(), false, credit.strip()));
        }
        return Optional.empty();
    }

    /** True for a caption without a credit: one short sentence describing a scene (see the class comment). */
    static boolean isUnmarked(String line) {
        if (line.length() > MAX_UNMARKED || Sentences.split(line).size() != 1) {
            return false;
        }
        return SCENE_START.matcher(line).find() || SCENE_AT_VENUE.matcher(line).find();
    }

    /**
     * A caption's text without its credit.
     *
     * @param text     what the photo shows
     * @param numbered true for numbered alt text ("… - Ảnh 1."), which some sites derive from the headline
     * @param credit   whom the caption credits for the photo ("TG&VN", "Bộ Ngoại giao"), or empty
     */
    record Caption(String text, boolean numbered, String credit) {
    }
}
