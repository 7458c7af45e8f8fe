package vn.baocao.summary;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.index.DateMention;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Statement;
import vn.baocao.text.VietnameseText;
import vn.baocao.text.Dates;

/**
 * The material of one part of a summary — a report, a conference, or the conferences of a period — in
 * the four sections a reader expects: the facts (when, where, who presided, who took part), the results, the
 * directions by speaker and the tasks ahead, each section's sentences in {@link Mmr} order.
 *
 * <p>A sentence goes to the section its words point to: someone speaking gives directions; a sentence
 * about what is to come ("thời gian tới", "cuối năm", "đề nghị", "cần") is a task; the rest, and a
 * speaker's assessments, are results. A sentence may stand in two sections; the layout shows it once.
 */
final class Digest {
    /** Sentences shorter than this are captions, bylines or headings, not points. */
    static final int MIN_WORDS = 10;
    private static final Pattern CAPTION = Pattern.compile(
            "(?iu)^(quang cảnh|toàn cảnh|các đại biểu|ảnh:)|ảnh: |\\(nguồn:|^[^,]{0,90} phát biểu[^,]{0,40} tại (hội nghị|buổi làm việc)\\.?$");
    private static final List<String> FORWARD = List.of("thời gian tới", "tháng cuối năm", "nhiệm vụ năm", "nhiệm vụ trọng tâm",
            "phương hướng, nhiệm vụ", "mục tiêu, nhiệm vụ", " cần ", "quyết tâm", "xác định:", "thứ nhất", "thứ hai", "thứ ba",
            "nhiệm vụ bao trùm", " sẽ ");
    /** Cues of a task only in someone's words: "yêu cầu cao về bản lĩnh" in a report's own sentence is no request. */
    private static final List<String> FORWARD_SAID = List.of("đề nghị", "yêu cầu");
    /** A report of the meeting itself ("Bộ Ngoại giao đã tổ chức Hội nghị sơ kết…, phương hướng…") is no task. */
    private static final List<String> HELD = List.of("đã tổ chức", "tổ chức hội nghị");
    private static final List<String> RESULT = List.of("đạt", "kết quả", "góp phần", "thành công", "thành tựu", "điểm sáng",
            "được triển khai", "được đẩy mạnh", "được thực hiện", "tiến bộ", "kỷ lục", "đóng góp", "nâng cao", "mở rộng");
    private static final List<String> ASSESSING = List.of("đánh giá", "báo cáo", "cho biết", "khẳng định", "ghi nhận");
    private static final List<String> DIRECTING = List.of("đề nghị", "yêu cầu", "chỉ đạo", "nhấn mạnh", "kết luận");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A phrase in quotation marks, curly or straight. */
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,80})[”\"]");
    /** A quoted phrase longer than this is a title or a citation, not a coined image. */
    private static final int COINED_WORDS = 6;
    /** The unit whose words count people ("đại biểu", "học viên"…) in the lexicon's units. */
    private static final String PEOPLE = "nguoi";
    static final String ATTENDANCE = "Thành phần: ";
    /** Words of a sentence that says who took part in a meeting (folded): "Hội nghị có hơn 550 đại biểu". */
    private static final List<String> TOOK_PART = List.of(" tham du ", " tham gia ", " hoi nghi co ", " dai bieu ");
    /** The connection points of a meeting counted (folded): "điểm cầu 63 tỉnh", "63 điểm cầu". */
    private static final Pattern COUNTED_POINTS = Pattern.compile(" diem cau \\d+ | \\d+ diem cau ");
    private static final double CUE_BONUS = 0.15;
    private static final double POSITION_WEIGHT = 0.1;

    final List<Bullet> facts;
    final List<Bullet> results;
    final List<Bullet> directions;
    final List<Bullet> tasks;

    private Digest(List<Bullet> facts, List<Bullet> results, List<Bullet> directions, List<Bullet> tasks) {
        this.facts = facts;
        this.results = results;
        this.directions = directions;
        this.tasks = tasks;
    }

    /**
     * The digest of {@code meetings} (one, or those of a period) as told by {@code reports}, whose
     * sentences are {@code sentences}; {@code part} tags its bullets.
     */
    static Digest of(List<Meeting> meetings, List<ReportInfo> reports, List<Sentence> sentences, Similarity similarity,
                     int part) {
        Set<String> reportIds = new HashSet<>();
        reports.forEach(r -> reportIds.add(r.id()));
        List<Bullet> facts = meetings.size() > 1
                ? meetings.stream().flatMap(m -> leadersOf(m, reportIds, sentences, part, true).stream()).toList()
                : meetings.isEmpty() ? factsOf(reports.getFirst().date(), reports.getFirst().place(), List.of(), List.of(),
                        sentences, part)
                : factsOf(meetings.getFirst().date(), meetings.getFirst().place(),
                        leadersOf(meetings.getFirst(), reportIds, sentences, part, false),
                        attendance(meetings.getFirst(), sentences, part), sentences, part);
        Set<String> used = new HashSet<>();
        facts.forEach(f -> f.quotes().forEach(q -> used.add(q.passage().key() + "|" + q.sentence())));
        // who attended is told by the facts, not a result
        meetings.forEach(m -> m.participations().forEach(p -> used.add(p.passageKey() + "|" + p.sentence())));
        List<Sentence> pool = sentences.stream().filter(s -> !used.contains(s.key()) && isPoint(s)).toList();
        Map<String, Integer> position = new LinkedHashMap<>();
        pool.forEach(s -> position.put(s.key(), position.size()));
        double n = Math.max(1, pool.size());
        // read once: the orderings below score each sentence many times
        Set<String> coined = new HashSet<>();
        pool.stream().filter(Digest::coins).forEach(s -> coined.add(s.key()));
        ToDoubleFunction<Sentence> base = s -> similarity.centrality(s)
                + POSITION_WEIGHT * (1 - position.get(s.key()) / n) + (coined.contains(s.key()) ? CUE_BONUS / 2 : 0);

        List<Sentence> resultPool = pool.stream().filter(Digest::isResult).toList();
        List<Sentence> taskPool = pool.stream().filter(Digest::isForward).toList();
        List<Sentence> spoken = pool.stream().filter(s -> s.statement() != null).toList();
        List<Bullet> results = Mmr.order(resultPool, s -> base.applyAsDouble(s) + bonus(s, RESULT), similarity)
                .stream().map(s -> Bullet.of("", Clauses.alone(s.text()), s, part)).toList();
        List<Bullet> tasks = Mmr.order(taskPool, s -> base.applyAsDouble(s) + bonus(s, FORWARD), similarity)
                .stream().map(s -> Bullet.of("", Clauses.alone(s.text()), s, part)).toList();
        return new Digest(facts, results, directions(spoken, base, similarity, part), tasks);
    }

    /**
     * Each speaker's statements in MMR order, interleaved: every speaker's best first, then the second
     * best…; speakers from the most senior office down, in order of speaking among equals.
     */
    private static List<Bullet> directions(List<Sentence> spoken, ToDoubleFunction<Sentence> base,
                                           Similarity similarity, int part) {
        Map<String, List<Sentence>> bySpeaker = new LinkedHashMap<>();
        spoken.forEach(s -> bySpeaker.computeIfAbsent(VietnameseText.fold(s.speaker().name()), k -> new ArrayList<>()).add(s));
        List<List<Bullet>> ranked = new ArrayList<>();
        // the most senior speaker's directions first: the Prime Minister's before an ambassador's
        List<List<Sentence>> speakers = new ArrayList<>(bySpeaker.values());
        speakers.sort(java.util.Comparator.comparingInt(
                (List<Sentence> said) -> Lexicon.get().seniorityOf(said.getFirst().speaker().role())));
        for (List<Sentence> said : speakers) {
            ranked.add(Mmr.order(said, s -> base.applyAsDouble(s) + bonusOfStatement(s), similarity).stream()
                    .map(s -> Bullet.of(s.speaker().titled(), Clauses.under(s.speaker(), s.statement().verb(), s.text()), s, part))
                    .toList());
        }
        return Layout.interleave(ranked);
    }

    /**
     * When, where and who presided: the date and place as a sentence states them, then the leaders, then who
     * took part when a sentence counts them.
     */
    private static List<Bullet> factsOf(LocalDate date, String place, List<Bullet> leaders, List<Bullet> attendance,
                                        List<Sentence> sentences, int part) {
        List<Bullet> facts = new ArrayList<>();
        Sentence dated = date == null ? null : sentences.stream().filter(s -> states(s, date)).findFirst().orElse(null);
        if (dated != null) {
            String where = place.isEmpty() ? "" : "; địa điểm: " + place;
            List<Bullet.Quote> quotes = new ArrayList<>(List.of(new Bullet.Quote(dated.passage(), dated.text())));
            if (!place.isEmpty() && !dated.text().contains(place)) {
                sentences.stream().filter(s -> s.text().contains(place)).findFirst()
                        .ifPresent(s -> quotes.add(new Bullet.Quote(s.passage(), s.text())));
            }
            facts.add(new Bullet("", "Thời gian: " + Dates.vietnameseOrUnknown(date) + where, quotes, null, part));
        }
        facts.addAll(leaders.isEmpty() ? mainSpeaker(sentences, part, "") : leaders);
        facts.addAll(attendance);
        return facts;
    }

    /**
     * "Thành phần: …": the first sentence of {@code m}'s reports that counts who took part ("hơn 700 đại
     * biểu", "27 Đại sứ"), and the first that counts its connection points ("điểm cầu 63 tỉnh") when that
     * is another sentence; none when no sentence counts them. The size of a meeting is what a reader asks
     * first after who led it.
     */
    private static List<Bullet> attendance(Meeting m, List<Sentence> sentences, int part) {
        Set<String> attended = new HashSet<>();
        m.participations().forEach(p -> attended.add(p.passageKey() + "|" + p.sentence()));
        List<String> counted = Lexicon.get().unitForms(PEOPLE);
        Sentence people = sentences.stream()
                .filter(s -> (attended.contains(s.key()) || TOOK_PART.stream().anyMatch(s.folded()::contains))
                        && countsPeople(s, counted))
                .findFirst().orElse(null);
        Sentence points = sentences.stream().filter(s -> s != people && COUNTED_POINTS.matcher(s.folded()).find())
                .findFirst().orElse(null);
        List<Bullet.Quote> quotes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Sentence s : java.util.Arrays.asList(people, points)) {
            if (s != null) {
                quotes.add(new Bullet.Quote(s.passage(), s.text()));
                text.append(text.isEmpty() ? "" : " ").append(Clauses.alone(s.text()));
            }
        }
        return quotes.isEmpty() ? List.of() : List.of(new Bullet("", ATTENDANCE + text, quotes, null, part));
    }

    /** True when a number in {@code s} counts people: "hơn 700 đại biểu", "tham dự có 27 Đại sứ". */
    static boolean countsPeople(Sentence s) {
        return countsPeople(s, Lexicon.get().unitForms(PEOPLE));
    }

    /** As {@link #countsPeople(Sentence)}, given the words that count people ({@code counted}, folded). */
    private static boolean countsPeople(Sentence s, List<String> counted) {
        List<String> words = s.syllables();
        for (int i = 0; i < words.size() - 1; i++) {
            if (!words.get(i).chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (i >= 2 && words.get(i - 2).equals("du") && words.get(i - 1).equals("co")) {
                return true; // "Tham dự có 27 Đại sứ…"
            }
            String next = words.get(i + 1) + (i + 2 < words.size() ? " " + words.get(i + 2) : "");
            if (counted.stream().anyMatch(c -> next.equals(c) || next.startsWith(c + " "))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code s} coins a phrase in quotation marks — "cây tre Việt Nam", "cánh tay nối dài": the
     * image a speech is remembered by, which a summary should carry.
     */
    static boolean coins(Sentence s) {
        Matcher quoted = QUOTED.matcher(s.text());
        while (quoted.find()) {
            int words = VietnameseText.foldedWords(quoted.group(1)).size();
            if (words >= 2 && words <= COINED_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who presided over {@code m}, from {@code reportIds}' sentences: each leader once with their part, or,
     * when no sentence says who presided, the person who speaks most. {@code named} puts the conference first
     * (a period lists several).
     */
    private static List<Bullet> leadersOf(Meeting m, Set<String> reportIds, List<Sentence> sentences, int part,
                                          boolean named) {
        String prefix = named ? m.conference().name() + Dates.inBrackets(m.date()) + " – " : "";
        Map<String, Passage> read = new HashMap<>(); // a leader's passage is one of the reports' read
        sentences.forEach(s -> read.putIfAbsent(s.passage().key(), s.passage()));
        List<Bullet> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Participation p : m.leaders()) {
            Passage passage = read.get(p.passageKey());
            if (passage != null && reportIds.contains(p.report().id()) && seen.add(VietnameseText.fold(p.person().name()))) {
                String text = prefix + Clauses.capitalized(p.part().label()) + ": " + p.person().titled();
                out.add(new Bullet("", text, List.of(new Bullet.Quote(passage, p.sentence())), null, part));
            }
        }
        if (!out.isEmpty() || !named) {
            return out;
        }
        List<Sentence> own = sentences.stream().filter(s -> reportIds.contains(s.passage().report().id())
                && m.reports().stream().anyMatch(r -> r.id().equals(s.passage().report().id()))).toList();
        return mainSpeaker(own, part, prefix);
    }

    /**
     * "Phát biểu chính: …", citing the first statement of whoever speaks most in {@code sentences} (the
     * first to speak among equals); none when nobody speaks.
     */
    private static List<Bullet> mainSpeaker(List<Sentence> sentences, int part, String prefix) {
        Map<String, List<Sentence>> bySpeaker = new LinkedHashMap<>();
        sentences.stream().filter(s -> s.statement() != null)
                .forEach(s -> bySpeaker.computeIfAbsent(VietnameseText.fold(s.speaker().name()), k -> new ArrayList<>()).add(s));
        List<Sentence> most = null;
        for (List<Sentence> said : bySpeaker.values()) {
            most = most == null || said.size() > most.size() ? said : most;
        }
        if (most == null) {
            return List.of();
        }
        Sentence first = most.getFirst();
        return List.of(new Bullet("", prefix + "Phát biểu chính: " + first.speaker().titled(),
                List.of(new Bullet.Quote(first.passage(), first.text())), null, part));
    }

    /** True when {@code s} states the day {@code date} ("Sáng 10/1", "Chiều ngày 31-1", "(22/7)"). */
    private static boolean states(Sentence s, LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return DateMention.findAll(s.text().toLowerCase(Locale.ROOT)).stream().anyMatch(d -> day.equals(d.date()));
    }

    /** True when {@code s} is a point worth a bullet, not a caption or a byline. */
    static boolean isPoint(Sentence s) {
        return s.syllables().size() >= MIN_WORDS && !CAPTION.matcher(s.text()).find();
    }

    static boolean isForward(Sentence s) {
        String lower = " " + s.text().toLowerCase(Locale.ROOT) + " ";
        if (HELD.stream().anyMatch(lower::contains)) {
            return false;
        }
        return FORWARD.stream().anyMatch(lower::contains)
                || s.statement() != null && FORWARD_SAID.stream().anyMatch(lower::contains);
    }

    private static boolean isResult(Sentence s) {
        if (isForward(s)) {
            return false;
        }
        Statement said = s.statement();
        return said == null || ASSESSING.stream().anyMatch(said.verb()::contains)
                || said.verb().isEmpty() && hasAny(s, RESULT);
    }

    /** The bonus of a sentence with one of {@code cues}, and of one with a number: counts are what readers look for. */
    private static double bonus(Sentence s, List<String> cues) {
        return withNumberBonus(s, hasAny(s, cues) ? CUE_BONUS : 0);
    }

    /** The bonus of a direction ("đề nghị", "yêu cầu"…) and of a statement with a number, as {@link #bonus} gives. */
    private static double bonusOfStatement(Sentence s) {
        return withNumberBonus(s, DIRECTING.stream().anyMatch(s.statement().verb()::contains) ? CUE_BONUS : 0);
    }

    /** {@code bonus}, and half a cue's more when {@code s} has a number. */
    private static double withNumberBonus(Sentence s, double bonus) {
        return DIGIT.matcher(s.text()).find() ? bonus + CUE_BONUS / 2 : bonus;
    }

    private static boolean hasAny(Sentence s, List<String> cues) {
        String lower = s.text().toLowerCase(Locale.ROOT);
        return cues.stream().anyMatch(lower::contains);
    }
}
