package vn.baocao.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.Words;
import vn.baocao.text.VietnameseText;

/**
 * An official document on the government template (Decree 30/2020: báo cáo, thông báo, công văn…) taken
 * apart: the letterhead, the recipients and the signature block are what the document is, not what it
 * says, so they become its metadata and only the body remains to be read as text.
 *
 * <p>The letterhead is everything down to the document's own name: the issuing body ("BỘ NGOẠI GIAO"),
 * the national name and motto, the number ("Số: 487/BC-BNG"), the place and date of issue ("Hà Nội,
 * ngày 18 tháng 11 năm 2024"), the kind of document ("BÁO CÁO") and the name under it ("Kết quả Hội
 * nghị …"), then "Kính gửi: …". The signature block is everything from "Nơi nhận:" to the end (in plain
 * text the signer's column shares its lines), and the closing formula just before it ("… xin trân trọng
 * báo cáo Thủ tướng Chính phủ./.").
 *
 * @param title  the document's own name, led by its kind: "Báo cáo kết quả Hội nghị Ngoại vụ toàn quốc lần thứ 21"
 * @param issued the date of issue, or null when the letterhead gives none
 * @param number the document's number ("487/BC-BNG-NV"), or empty
 * @param issuer the issuing body as written in the letterhead ("BỘ NGOẠI GIAO"), or empty
 * @param signer the name under the signature, or empty
 * @param addressee whom it is addressed to, after "Kính gửi:" ("Thủ tướng Chính phủ"), or empty
 * @param recipients the "Nơi nhận" list, its points joined by "; " ("Văn phòng Chính phủ; UBND tỉnh …"), or empty
 * @param body   the blocks between the letterhead and the signature block
 */
record OfficialDocument(String title, LocalDate issued, String number, String issuer, String signer, String addressee,
                        String recipients, List<Block> body) {
    /** How far into a document its letterhead may end, in blocks. */
    private static final int LETTERHEAD_BLOCKS = 14;
    private static final String NATIONAL_NAME = "cong hoa xa hoi chu nghia viet nam";
    private static final String MOTTO = "doc lap - tu do - hanh phuc";
    private static final Set<String> KINDS = Set.of("bao cao", "thong bao", "cong van", "ke hoach", "to trinh",
            "ket luan", "quyet dinh", "chi thi", "bien ban", "nghi quyet", "thong cao bao chi", "thong cao", "de an",
            "chuong trinh", "huong dan", "bien ban cuoc hop", "bien ban hop", "bien ban lam viec", "bien ban hoi nghi");
    /** The words that open the name of a body: "Ban Tổ chức …", "Đoàn công tác …" keep their capital after a kind. */
    private static final Set<String> BODIES = Set.of("Ban", "Bộ", "Vụ", "Cục", "Sở", "Ủy", "Đoàn", "Tổ");
    private static final Pattern NUMBER = Pattern.compile("(?iu)(?<!\\p{L})số\\s*:\\s*(\\S+)");
    private static final Pattern ISSUED =
            Pattern.compile("(?iu)(?<!\\p{L})ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern RULE = Pattern.compile("[-_=.*\\s]{3,}");
    /** A line of a place and the date written out, alone: "Hà Nội, ngày 27 tháng 8 năm 2024". */
    private static final Pattern PLACE_AND_DATE = Pattern.compile(
            "(?u)\\p{Lu}[\\p{L} .]{1,40},\\s*ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}\\.?");
    /** How far into a document an issuing body without the national name may head it, in blocks. */
    private static final int ISSUER_BLOCKS = 3;
    private static final Pattern RECIPIENTS = Pattern.compile("(?iu)^nơi nhận\\s*:?");
    private static final Pattern ADDRESSEE = Pattern.compile("(?iu)^kính gửi\\s*:");
    /** A point of the recipients' list: "- Văn phòng Chính phủ;", "+ PTTg Trần Lưu Quang (để b/c);". */
    private static final Pattern RECIPIENT = Pattern.compile("[-+•]\\s*([^;]+?)\\s*(?:;|\\.?$)");
    /** Words of the signature column at the end of a recipient's line: titles in capitals, "(Đã ký)". */
    private static final Pattern SIGNATURE_TAIL = Pattern.compile("(?u)(?:\\s+(?:\\p{Lu}{2,}\\.?|\\(Đã ký\\)))+$");
    private static final Pattern CLOSING = Pattern.compile("(?iu).*(báo cáo|kính trình|trân trọng|xin).*\\./\\.\\s*$");
    private static final int MAX_CLOSING = 200;
    private static final int MAX_NAME_LINES = 3;
    /** The first heading of a body: "I. THÔNG TIN CHUNG", "1. Chủ đề". */
    private static final Pattern SECTION = Pattern.compile("^(?:[IVX]+|\\d+)\\.\\s");
    /** A name at the end of a signature line: two to five capitalised syllables. */
    /** A title in capitals ending a line of the signature block, maybe signed for another ("KT.", "TL.", "TM."). */
    private static final Pattern SIGNER_TITLE = Pattern.compile("(?u)(?:^|\\s{2,}|[;:]\\s*)((?:KT|TL|TM|Q)\\.\\s*)?(\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){0,4})$");
    private static final Pattern SIGNER = Pattern.compile("(?u)(?:^|[;:.,)]\\s*)((?:\\p{Lu}\\p{Ll}*\\s+){1,4}\\p{Lu}\\p{Ll}+)$");

    /** The official document {@code blocks} are, or empty when they do not open with a letterhead. */
    static Optional<OfficialDocument> of(List<Block> blocks) {
        int national = nationalNameAt(blocks);
        if (national < 0) {
            // a department's press release or notice heads itself with its bodies alone ("BỘ NGOẠI GIAO / VỤ
            // THÔNG TIN BÁO CHÍ"), without the national name
            national = issuingBodyAt(blocks);
        }
        if (national < 0) {
            return Optional.empty(); // most documents: only their first lines were looked at
        }
        List<String> texts = blocks.stream().map(b -> VietnameseText.normalize(b.text())).toList();
        int kind = kindAt(texts, national);
        if (kind < 0) {
            return Optional.empty();
        }
        List<String> letterhead = texts.subList(0, kind);
        Named named = nameAfter(texts, blocks, kind);
        // "Hà Nội, ngày 27 tháng 8 năm 2024" above or under a press release's name: when it was issued, not its text
        if (named.bodyStart() < texts.size() && PLACE_AND_DATE.matcher(texts.get(named.bodyStart())).matches()) {
            named = new Named(named.name(), named.bodyStart() + 1, named.addressee());
        }
        LocalDate issued = issued(letterhead);
        if (issued == null) {
            issued = issued(texts.subList(kind + 1, named.bodyStart()).stream()
                    .filter(t -> PLACE_AND_DATE.matcher(t).matches()).toList());
        }
        int recipients = recipientsAt(texts, named.bodyStart());
        int bodyEnd = recipients;
        while (bodyEnd > named.bodyStart() && isClosing(texts.get(bodyEnd - 1))) {
            bodyEnd--;
        }
        List<Block> body = new ArrayList<>();
        if (Prose.inCapitals(named.name())) {
            // a headline in capitals stays the part heading of the text it heads, as in a news item: what each
            // passage below it is about ("… TRAO TẶNG KỶ NIỆM CHƯƠNG CHO CÁC NGUYÊN ĐẠI SỨ")
            body.add(Block.paragraph(named.name()));
        }
        for (int i = named.bodyStart(); i < bodyEnd; i++) {
            if (!RULE.matcher(texts.get(i)).matches()) {
                body.add(blocks.get(i));
            }
        }
        return Optional.of(new OfficialDocument(title(texts.get(kind), named.name()), issued,
                number(letterhead), issuer(letterhead), signer(texts.subList(recipients, texts.size())), named.addressee(),
                recipients(texts.subList(recipients, texts.size())), body));
    }

    /**
     * The block among the first that holds the national name in capitals, as a letterhead writes it, or -1: a
     * text may well name the country ("giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và …").
     */
    private static int nationalNameAt(List<Block> blocks) {
        for (int i = 0; i < Math.min(LETTERHEAD_BLOCKS, blocks.size()); i++) {
            String text = VietnameseText.normalize(blocks.get(i).text());
            String folded = VietnameseText.fold(text);
            int at = folded.toLowerCase(Locale.ROOT).indexOf(NATIONAL_NAME);
            if (at >= 0 && folded.length() == text.length()
                    && Prose.inCapitals(text.substring(at, at + NATIONAL_NAME.length()))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first block, among the first {@link #ISSUER_BLOCKS}, that names an issuing body in capitals ("BỘ NGOẠI
     * GIAO", "VỤ THÔNG TIN BÁO CHÍ"), or -1: a kind of document must still follow it for the blocks to be one.
     */
    private static int issuingBodyAt(List<Block> blocks) {
        for (int i = 0; i < Math.min(ISSUER_BLOCKS, blocks.size()); i++) {
            String text = VietnameseText.normalize(blocks.get(i).text()).strip();
            String first = text.split("\\s+", 2)[0];
            String titled = first.isEmpty() ? "" : first.charAt(0) + first.substring(1).toLowerCase(Locale.ROOT);
            if (Prose.inCapitals(text) && BODIES.contains(titled)) {
                return i;
            }
        }
        return -1;
    }

    /** The block after the national name that says what kind of document it is ("BÁO CÁO"), or -1. */
    private static int kindAt(List<String> texts, int national) {
        for (int i = national + 1; i < Math.min(national + LETTERHEAD_BLOCKS, texts.size()); i++) {
            if (KINDS.contains(VietnameseText.fold(texts.get(i)).toLowerCase(Locale.ROOT).strip()) && Prose.inCapitals(texts.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The document's name under its kind, where its body starts (after "Kính gửi" when there is one), and whom it addresses. */
    private record Named(String name, int bodyStart, String addressee) {
        Named(String name, int bodyStart) {
            this(name, bodyStart, "");
        }
    }

    private static Named nameAfter(List<String> texts, List<Block> blocks, int kind) {
        StringBuilder name = new StringBuilder();
        int nameLines = 0;
        for (int i = kind + 1; i < texts.size(); i++) {
            String text = texts.get(i);
            if (RULE.matcher(text).matches()) {
                continue;
            }
            if (PLACE_AND_DATE.matcher(text).matches()) {
                // a place-and-date line above the name is passed over, one under it ends the name
                if (name.length() == 0) {
                    continue;
                }
                return new Named(name.toString(), i);
            }
            Matcher addressed = ADDRESSEE.matcher(text);
            if (addressed.find()) {
                String to = text.substring(addressed.end()).strip().replaceAll("[.;,]+$", "");
                return new Named(name.toString(), i + 1, to);
            }
            // a name in capitals ends where the text goes on in lower case
            boolean leavesCapitals = name.length() > 0 && Prose.inCapitals(name.toString()) && !Prose.inCapitals(text);
            if (name.length() > 0 && (text.length() > MAX_CLOSING || leavesCapitals || blocks.get(i).heading()
                    || SECTION.matcher(text).find() || Prose.isLabelled(text) || nameLines == MAX_NAME_LINES)) {
                return new Named(name.toString(), i);
            }
            name.append(name.length() == 0 ? "" : " ").append(text);
            nameLines++;
        }
        return new Named(name.toString(), texts.size());
    }

    /** Where the "Nơi nhận" block starts (the signature shares its lines), or the end when there is none. */
    private static int recipientsAt(List<String> texts, int bodyStart) {
        for (int i = texts.size() - 1; i > bodyStart; i--) {
            if (RECIPIENTS.matcher(texts.get(i)).find()) {
                return i;
            }
        }
        return texts.size();
    }

    /** "BÁO CÁO" and "Kết quả Hội nghị …" → "Báo cáo kết quả Hội nghị …". */
    private static String title(String kind, String name) {
        String lower = kind.toLowerCase(Locale.ROOT);
        String sentenceCase = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        if (name.isEmpty()) {
            return sentenceCase;
        }
        // "Kết quả Hội nghị …" goes on the kind in lower case; a proper name ("Ban Tổ chức …") keeps its capital
        String[] words = name.split("\\s+", 3);
        boolean properName = words.length > 1 && BODIES.contains(words[0]) && !words[1].isEmpty()
                && Character.isUpperCase(words[1].charAt(0));
        String rest = name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))
                && !name.startsWith("Hội nghị") && !properName ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
        return sentenceCase + " " + rest;
    }

    private static LocalDate issued(List<String> letterhead) {
        for (String line : letterhead) {
            Matcher m = ISSUED.matcher(line);
            if (m.find()) {
                return Datelines.dayMonthYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).orElse(null);
            }
        }
        return null;
    }

    private static String number(List<String> letterhead) {
        for (String line : letterhead) {
            Matcher m = NUMBER.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    /** The letterhead's first words before the national name: the body that issues the document. */
    private static String issuer(List<String> letterhead) {
        for (String line : letterhead) {
            int at = VietnameseText.fold(line).indexOf(NATIONAL_NAME.substring(0, 8));
            String before = (at > 0 ? line.substring(0, at) : at < 0 ? line : "").strip();
            if (!before.isEmpty() && Prose.inCapitals(before) && !RULE.matcher(before).matches()) {
                return before;
            }
        }
        return "";
    }

    /**
     * The points of the "Nơi nhận" list. In plain text the signature shares their lines (its words follow a
     * point's ";"). "Như trên" (the addressee) and "Lưu" (the archive copy) are no recipients of their own.
     */
    private static String recipients(List<String> block) {
        List<String> out = new ArrayList<>();
        for (String line : block) {
            Matcher point = RECIPIENT.matcher(line.strip());
            if (point.lookingAt()) {
                // the signature's words may follow on the line: "- UBND tỉnh …; (Đã ký)", "- VPCP THỨ TRƯỞNG"
                String recipient = SIGNATURE_TAIL.matcher(point.group(1)).replaceFirst("").strip();
                String folded = VietnameseText.fold(recipient).toLowerCase(Locale.ROOT);
                if (!folded.startsWith("nhu tren") && !folded.startsWith("luu")) {
                    out.add(recipient);
                }
            }
        }
        return String.join("; ", out);
    }

    /** The last name in the signature block: in plain text it ends a line of the recipients' column. */
    private static String signer(List<String> signature) {
        for (int i = signature.size() - 1; i >= 0; i--) {
            String line = signature.get(i).strip();
            Matcher m = SIGNER.matcher(line);
            if (m.find() && Lexicon.get().isSurname(Words.of(m.group(1)).getFirst(), true)) {
                return signerTitle(signature.subList(0, i)).map(title -> title + " ").orElse("") + m.group(1);
            }
        }
        return "";
    }

    /**
     * The office the signer holds, from the last line above their name that ends in a title in capitals
     * not signed on another's behalf: "KT. BỘ TRƯỞNG" then "THỨ TRƯỞNG" is signed by a deputy minister.
     */
    private static Optional<String> signerTitle(List<String> above) {
        for (int i = above.size() - 1; i >= 0; i--) {
            Matcher m = SIGNER_TITLE.matcher(above.get(i).strip());
            if (m.find() && m.group(1) == null) {
                String title = m.group(2).strip();
                List<vn.baocao.lexicon.PhraseTable.Match<String>> known = Lexicon.get().titles().find(Words.of(title));
                if (!known.isEmpty() && known.getFirst().from() == 0) {
                    return Optional.of(title.charAt(0) + title.substring(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isClosing(String text) {
        return text.length() <= MAX_CLOSING && CLOSING.matcher(text).matches() || RULE.matcher(text).matches()
                || VietnameseText.fold(text).equals(MOTTO);
    }
}
