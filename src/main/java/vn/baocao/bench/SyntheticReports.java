package vn.baocao.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import vn.baocao.report.Person;
import vn.baocao.report.Require;

/**
 * Writes report number {@code i} of a synthetic archive as plain text: a headline and a lead naming the
 * conference (one of five kinds), the day it was held, who chaired and how many attended, then body
 * paragraphs of sample sentences recombined, in which people, years, dates, numbers and provinces are
 * replaced so that term statistics spread like a real archive's rather than repeating five reports.
 *
 * <p>A pure function of the seed and {@code i}: the same seed gives the same archive, byte for byte, in
 * any order and on any machine, so reports can be generated one at a time and never held together.
 */
final class SyntheticReports {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2025;
    /** The numbered diplomatic conference is held every three years from this one. */
    static final int FIRST_DIPLOMATIC_YEAR = 2001;
    static final int FIRST_DIPLOMATIC_ORDINAL = 23;
    private static final int MIN_PARAGRAPHS = 6;
    private static final int MAX_PARAGRAPHS = 16;
    private static final int MAX_SENTENCES_PER_PARAGRAPH = 3;
    /** Share of reports that end with a "Tin khác" list of other headlines, as copied web pages do. */
    private static final double WITH_OTHER_NEWS = 0.3;
    // one pass over a sentence: a year, a day/month date, or another number of two or three digits
    private static final Pattern ENTITIES = Pattern.compile("(?<![\\d/.,-])(?:(?<year>(?:19|20)\\d{2})"
            + "|(?<date>\\d{1,2}[/-]\\d{1,2})|(?<number>\\d{2,3}))(?![\\d/])");
    private static final List<String> SAMPLE_PLACES = List.of("Cao Bằng", "Quảng Trị");

    /** What kind of meeting a report is about; the weights give the share of each in the archive. */
    enum Kind {
        YEAR_END(30), MID_YEAR(30), DIPLOMATIC(10), WORKING_SESSION(15), PROVINCIAL(15);

        private final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        static Kind draw(SplittableRandom random) {
            int r = random.nextInt(100);
            for (Kind kind : values()) {
                r -= kind.weight;
                if (r < 0) {
                    return kind;
                }
            }
            return PROVINCIAL;
        }
    }

    private final long seed;
    private final Cast cast;
    private final SampleSentences samples;

    SyntheticReports(long seed, SampleSentences samples) {
        // a report never repeats a sentence, so the pool must hold more than the longest report
        Require.that(samples.sentences().size() > MAX_PARAGRAPHS * MAX_SENTENCES_PER_PARAGRAPH,
                "the samples have too few sentences: " + samples.sentences().size());
        this.seed = seed;
        this.cast = new Cast(seed);
        this.samples = samples;
    }

    Cast cast() {
        return cast;
    }

    /** The text of report {@code i}. */
    String text(int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        Kind kind = Kind.draw(random);
        StringBuilder text = new StringBuilder(6_000);
        Lead lead = lead(kind, year, random);
        text.append(lead.headline()).append("\n\n").append(lead.text()).append("\n\n");
        Map<String, String> renamed = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        int paragraphs = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        for (int p = 0; p < paragraphs; p++) {
            text.append(paragraph(lead.year(), renamed, used, random)).append("\n\n");
        }
        if (random.nextDouble() < WITH_OTHER_NEWS) {
            text.append("Tin khác\n\n");
            for (int n = 0; n < 3; n++) {
                text.append(lead(Kind.draw(random), year, random).headline()).append("\n\n");
            }
        }
        return text.toString();
    }

    /**
     * The opening of a report.
     *
     * @param year the year its body is about (the year reviewed), to which sample years are moved
     */
    private record Lead(String headline, String text, int year) {
    }

    private Lead lead(Kind kind, int year, SplittableRandom random) {
        int day = 1 + random.nextInt(28);
        int delegates = 100 + random.nextInt(900);
        String minister = cast.minister(year);
        return switch (kind) {
            case YEAR_END -> new Lead("Hội nghị tổng kết công tác ngành Ngoại giao năm " + (year - 1),
                    "Sáng " + day + "/1, Bộ Ngoại giao tổ chức hội nghị trực tuyến tổng kết công tác ngành ngoại giao năm "
                            + (year - 1) + ", triển khai nhiệm vụ năm " + year + ". Tham dự có Thủ tướng Chính phủ "
                            + cast.primeMinister(year) + ". Bộ trưởng Ngoại giao " + minister
                            + " chủ trì Hội nghị với " + delegates + " đại biểu tham dự.", year - 1);
            case MID_YEAR -> new Lead("Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm " + year,
                    "Ngày " + day + "/7, Bộ Ngoại giao đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm, phương hướng"
                            + " công tác 6 tháng cuối năm " + year + ". Bộ trưởng Ngoại giao " + minister
                            + " chủ trì Hội nghị, " + delegates + " đại biểu tham dự.", year);
            case DIPLOMATIC -> diplomatic(year, day, delegates);
            case WORKING_SESSION -> new Lead("Phó Thủ tướng " + cast.deputyPrimeMinister(year) + " làm việc với Bộ Ngoại giao",
                    "Chiều ngày " + day + "-" + (2 + random.nextInt(10)) + ", tại Trụ sở Bộ Ngoại giao, Phó Thủ tướng Chính phủ "
                            + cast.deputyPrimeMinister(year) + " đã có buổi làm việc với Bộ Ngoại giao về triển khai công tác"
                            + " đối ngoại năm " + year + ".", year);
            case PROVINCIAL -> {
                String province = Cast.province(random);
                yield new Lead("Hội nghị Ngoại vụ toàn quốc tại " + province + " năm " + year,
                        "Ngày " + day + "/" + (3 + random.nextInt(8)) + ", tại " + province + ", Bộ Ngoại giao phối hợp với UBND"
                                + " tỉnh tổ chức Hội nghị Ngoại vụ toàn quốc năm " + year + ". Phó Chủ tịch UBND tỉnh "
                                + Cast.anyone(random) + " dự và phát biểu chào mừng.", year);
            }
        };
    }

    private Lead diplomatic(int year, int day, int delegates) {
        int held = FIRST_DIPLOMATIC_YEAR + Math.floorDiv(year - FIRST_DIPLOMATIC_YEAR, 3) * 3;
        int ordinal = FIRST_DIPLOMATIC_ORDINAL + (held - FIRST_DIPLOMATIC_YEAR) / 3;
        return new Lead("Khai mạc Hội nghị Ngoại giao lần thứ " + ordinal,
                "Sáng " + day + "/12, tại Hà Nội, Bộ Ngoại giao khai mạc Hội nghị Ngoại giao lần thứ " + ordinal
                        + " với sự tham dự của " + delegates + " đại biểu. Thủ tướng Chính phủ "
                        + cast.primeMinister(held) + " dự và phát biểu chỉ đạo.", held);
    }

    /** A paragraph of one to three sample sentences, none of them {@code used} already in this report. */
    private String paragraph(int year, Map<String, String> renamed, Set<Integer> used, SplittableRandom random) {
        List<SampleSentences.Sentence> pool = samples.sentences();
        int count = 1 + random.nextInt(MAX_SENTENCES_PER_PARAGRAPH);
        List<String> sentences = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            int pick = random.nextInt(pool.size());
            while (!used.add(pick)) {
                pick = random.nextInt(pool.size());
            }
            sentences.add(varied(pool.get(pick), year, renamed, random));
        }
        return String.join(" ", sentences);
    }

    /** The sentence with its people, places, years, dates and numbers replaced for this report. */
    private String varied(SampleSentences.Sentence sentence, int year, Map<String, String> renamed,
                          SplittableRandom random) {
        String text = sentence.text();
        for (Person person : samples.people()) {
            if (text.contains(person.name())) {
                text = text.replace(person.name(), renamed.computeIfAbsent(person.name(),
                        n -> standIn(person, year, random)));
            }
        }
        for (String place : SAMPLE_PLACES) {
            if (text.contains(place)) {
                text = text.replace(place, renamed.computeIfAbsent(place, p -> Cast.province(random)));
            }
        }
        int shift = sentence.year() == 0 ? 0 : year - sentence.year();
        return ENTITIES.matcher(text).replaceAll(match -> entity(match, shift, random));
    }

    /** The person of this archive who plays the sample person's part: the year's leader in that office, or anyone. */
    private String standIn(Person person, int year, SplittableRandom random) {
        String role = person.role();
        if (role.contains("Phó Thủ tướng")) {
            return cast.deputyPrimeMinister(year);
        }
        if (role.contains("Thủ tướng")) {
            return cast.primeMinister(year);
        }
        if (role.contains("Bộ trưởng")) {
            return cast.minister(year);
        }
        return Cast.anyone(random);
    }

    private static String entity(MatchResult match, int shift, SplittableRandom random) {
        if (match.group("year") != null) {
            return Integer.toString(Integer.parseInt(match.group("year")) + shift);
        }
        if (match.group("date") != null) {
            String separator = match.group("date").contains("-") ? "-" : "/";
            return (1 + random.nextInt(28)) + separator + (1 + random.nextInt(12));
        }
        int digits = match.group("number").length();
        int low = digits == 2 ? 10 : 100;
        return Integer.toString(low + random.nextInt(low * 9));
    }
}
