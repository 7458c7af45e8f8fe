package vn.baocao.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a meeting was held: the first "tại X" in the lead whose X is a proper place
 * ("tại Trụ sở Bộ Ngoại giao", "tại Hà Nội"), up to the end of its clause.
 *
 * <p>X must start with a capital letter, which excludes "tại điểm cầu Quảng Trị" (a remote
 * connection point, not the venue), and must not be a meeting ("tại Hội nghị …"). A meeting held
 * online ("hội nghị trực tuyến") has no venue: "trực tuyến" is how it was held, not where, so its
 * place stays empty. An official report's labelled line ("Thời gian, địa điểm: …, tại Trụ sở Bộ Ngoại
 * giao") is read wherever it stands in the lead.
 */
final class PlaceExtractor {
    private static final Pattern AT_PLACE = Pattern.compile("(?u)(?<!\\p{L})tại\\s+(?<place>(?:(?:trụ sở|thành phố|tỉnh|trung tâm"
            + "|thủ đô|cố đô|thị xã|huyện|quận)\\s+)?\\p{Lu}[^,.;:()]*?)"
            + "(?=\\s*[,.;:(]|\\s+(?:về|với|do|để|nhằm|dưới|có|đã|cho|và|vào|sáng|chiều|ngày|trong|từ|suốt|tổ chức|phối hợp|cùng)(?!\\p{L})|$)");
    /**
     * The town or province after a venue, which says where it is: ", thành phố Huế", ", tỉnh Thừa Thiên Huế" — not a
     * street or a ward ("số 1 Tôn Thất Đàm, Ba Đình"), which says nothing a question names.
     */
    private static final Pattern LOCALITY = Pattern.compile("(?u)\\G,\\s*(?:thành phố|tỉnh|thủ đô)\\s+\\p{Lu}[^,.;:()]*");
    private static final int MAX_LOCALITIES = 2;
    /** A building a meeting is held in, by the word that heads its name: "Trụ sở …", "Trung tâm Hội nghị …", "Khách sạn …". */
    private static final Pattern BUILDING = Pattern.compile(
            "(?iu)(?:trụ sở|trung tâm|học viện|khách sạn|nhà|cung|hội trường|tòa nhà|toà nhà|khu)(?!\\p{L})");
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?iu)^(?:hội nghị|hội thảo|lễ|phiên|kỳ họp|đại hội|buổi|diễn đàn|chương trình|cuộc|sự kiện"
                    // "chỉ đạo … tại Văn bản số 1125/VPCP-QHQT": a document, not a place
                    + "|văn bản|công văn|quyết định|nghị quyết|chỉ thị|thông báo|kết luận|tờ trình|báo cáo)(?!\\p{L})");
    private static final int LEAD_PARAGRAPHS = 2;
    /** How far down an official report's labelled venue line may stand: after its preamble and a heading or two. */
    static final int LABELLED_PARAGRAPHS = 8;
    /** The words that say a meeting was held, or chaired there ("tại Trụ sở Chính phủ, Phó Thủ tướng … chủ trì cuộc họp"). */
    private static final Pattern HELD = Pattern.compile("(?iu)(?<!\\p{L})(?:tổ chức|diễn ra|khai mạc|được tổ chức|chủ trì)(?!\\p{L})");
    private static final Pattern VENUE_LABEL = Pattern.compile("(?iu)(?<!\\p{L})địa điểm\\s*:");
    /** A proper place after a label, up to the end of its clause, with the word that heads it if any ("thành phố Hạ Long"). */
    private static final Pattern NAMED_PLACE = Pattern.compile(
            "(?u)\\s*(?<place>(?:(?:thành phố|tỉnh|thủ đô|huyện|thị xã)\\s+)?\\p{Lu}[^,.;:()]*)");

    /** The venue named in {@code lead}, the first paragraphs of a report, or empty. */
    String extract(List<String> lead) {
        // a venue labelled as such ("Thời gian, địa điểm: …", on a line of its own after an official report's
        // preamble, or after the subtitle of a summary) is the meeting's, whatever other "tại" the lead has
        // ("Hội thảo lần thứ 15 được tổ chức tại Hà Nội")
        String labelled = lead.stream().filter(p -> VENUE_LABEL.matcher(p).find()).map(PlaceExtractor::labelledPlace)
                .filter(p -> !p.isEmpty()).findFirst().orElse("");
        if (!labelled.isEmpty()) {
            return labelled;
        }
        for (String paragraph : lead.subList(0, Math.min(LEAD_PARAGRAPHS, lead.size()))) {
            String place = placeIn(paragraph);
            if (!place.isEmpty()) {
                return buildingIn(place, lead).orElse(place);
            }
        }
        // or in the sentence, below its preamble, that says the meeting was held: "Ngày 15/01/2021, tại Trụ sở …,
        // Bộ Ngoại giao tổ chức Hội nghị"; a place in any other sentence there is where something else happened
        return lead.stream().skip(LEAD_PARAGRAPHS).flatMap(p -> vn.baocao.text.Sentences.split(p).stream())
                .filter(sentence -> HELD.matcher(sentence).find()).map(PlaceExtractor::placeIn)
                .filter(p -> !p.isEmpty()).findFirst().orElse("");
    }

    /**
     * The building in {@code town} a sentence of the lead says the meeting was held in ("Hội nghị được tổ chức tại
     * Trung tâm Hội nghị Quốc tế, số 11 Lê Hồng Phong, Hà Nội"), when the first place the lead gives is the town
     * alone ("Sáng 22/7, tại Hà Nội, …"); empty when none does.
     */
    private static java.util.Optional<String> buildingIn(String town, List<String> lead) {
        if (BUILDING.matcher(town).lookingAt()) {
            return java.util.Optional.empty();
        }
        return lead.stream().flatMap(p -> vn.baocao.text.Sentences.split(p).stream())
                .filter(sentence -> HELD.matcher(sentence).find() && sentence.contains(town))
                .map(PlaceExtractor::placeIn)
                .filter(place -> BUILDING.matcher(place).lookingAt())
                .findFirst();
    }

    /** The venue of a labelled line: the "tại X" after its label, or a proper place right after it ("Địa điểm: Trụ sở …"). */
    private static String labelledPlace(String line) {
        Matcher label = VENUE_LABEL.matcher(line);
        label.find();
        String at = placeIn(line.substring(label.end()));
        if (!at.isEmpty()) {
            return at;
        }
        Matcher named = NAMED_PLACE.matcher(line).region(label.end(), line.length());
        return named.lookingAt() && !NOT_A_PLACE.matcher(named.group("place")).find()
                ? named.group("place").strip() + localitiesAfter(line, named.end("place")) : "";
    }

    private static String placeIn(String paragraph) {
        Matcher matcher = AT_PLACE.matcher(paragraph);
        while (matcher.find()) {
            String place = matcher.group("place").strip();
            if (!NOT_A_PLACE.matcher(place).find()) {
                return place + localitiesAfter(paragraph, matcher.end("place"));
            }
        }
        return "";
    }

    /** The localities that follow a venue ending at {@code end}: ", thành phố Huế, tỉnh Thừa Thiên Huế". */
    private static String localitiesAfter(String text, int end) {
        Matcher locality = LOCALITY.matcher(text);
        StringBuilder out = new StringBuilder();
        for (int at = end, found = 0; found < MAX_LOCALITIES && locality.find(at); found++) {
            out.append(locality.group().stripTrailing());
            at = locality.end();
        }
        return out.toString();
    }
}
