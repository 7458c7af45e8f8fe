package vn.baocao.answer.extractive;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.search.QueryIntent;
import vn.baocao.text.VietnameseText;

/**
 * A question about the people of a conference, answered from the conference records rather than from
 * passages: who presided over, spoke at or attended a named conference, and which conferences a named
 * person took part in.
 *
 * <p>Recognised narrowly, on purpose: the question must ask "who" (or "which conferences") with a
 * participation verb, name a conference (kind, number, year, day or a person to tell it by), and say
 * nothing else — "Ai phát biểu về ngoại giao kinh tế…?" asks about content, and is left to the other
 * shapes.
 *
 * @param form what it asks
 */
record MeetingQuestion(Form form) {

    /** What a meeting question asks. */
    enum Form {
        /** "Ai chủ trì …?" */
        PRESIDED,
        /** "Những ai phát biểu tại …?" */
        SPOKE,
        /** "Ai tham dự …?" */
        ATTENDED,
        /** "X đã dự những hội nghị nào?" */
        MEETINGS_OF_PERSON
    }

    private static final Pattern WHO = Pattern.compile("(^| )(ai|nhung ai|nguoi nao|nhung nguoi nao|lanh dao nao|who)( |$)");
    private static final Pattern PRESIDE = Pattern.compile("(^| )(chu tri|chaired?)( |$)");
    private static final Pattern SPEAK = Pattern.compile("(^| )(phat bieu|spoke|speak|spoken)( |$)");
    private static final Pattern ATTEND = Pattern.compile("(^| )(tham du|du|co mat|attend(ed)?)( |$)");
    private static final Pattern WHICH_MEETINGS = Pattern.compile(
            "(hoi nghi|cuoc hop|su kien|buoi lam viec) nao|which (conferences|meetings)");
    /**
     * The words a meeting question may use besides its conference and person: question words,
     * participation verbs, and the words that name a conference. Anything else is content.
     */
    private static final Set<String> FRAME = Set.copyOf(Arrays.asList(("ai nhung nguoi nao lanh dao la da co mat tham du chu tri "
            + "phat bieu tai o trong cua voi va cac hoi nghi buoi lam viec cuoc hop su kien tong ket so ket "
            + "thang dau cuoi nam nganh ngoai giao bo cong tac phuong huong nhiem vu trien khai lan thu ngay "
            + "ngoai giao thu tuong pho chu tich truong duoc dien ra nay do who chaired chair spoke speak "
            + "attended attend the at of which conferences meetings conference meeting review year end mid "
            + "nho khong vay the nhi a").split(" ")));

    /** The meeting question {@code intent} asks, or empty when it asks something else. */
    static Optional<MeetingQuestion> of(QueryIntent intent) {
        String q = VietnameseText.fold(intent.text()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (intent.person() != null && WHICH_MEETINGS.matcher(q).find() && !WHO.matcher(q).find()) {
            return onlyFrame(q, intent) ? Optional.of(new MeetingQuestion(Form.MEETINGS_OF_PERSON)) : Optional.empty();
        }
        if (!WHO.matcher(q).find() || !namesAMeeting(intent, q) || !onlyFrame(q, intent)) {
            return Optional.empty();
        }
        if (PRESIDE.matcher(q).find()) {
            return Optional.of(new MeetingQuestion(Form.PRESIDED));
        }
        if (SPEAK.matcher(q).find()) {
            return Optional.of(new MeetingQuestion(Form.SPOKE));
        }
        if (ATTEND.matcher(q).find()) {
            return Optional.of(new MeetingQuestion(Form.ATTENDED));
        }
        return Optional.empty();
    }

    private static boolean namesAMeeting(QueryIntent intent, String q) {
        return intent.conferenceKind() != null || intent.conferenceOrdinal() != 0 || intent.year() != 0
                || intent.date() != null || intent.person() != null && q.contains("buoi lam viec");
    }

    /** True when every word of {@code q} is frame, a number, or the named person's name. */
    private static boolean onlyFrame(String q, QueryIntent intent) {
        Set<String> name = intent.person() == null ? Set.of()
                : Set.of(VietnameseText.fold(intent.person().name()).split(" "));
        return Arrays.stream(q.split(" "))
                .allMatch(w -> w.isEmpty() || FRAME.contains(w) || name.contains(w) || w.chars().allMatch(Character::isDigit));
    }
}
