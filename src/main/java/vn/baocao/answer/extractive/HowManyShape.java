package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.CitationBook;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.Word;
import vn.baocao.lexicon.Words;
import vn.baocao.search.Intent;
import vn.baocao.text.Cardinals;
import vn.baocao.text.VietnameseText;

/**
 * Answers "how many": the number nearest to the unit the question asks about ("bao nhiêu phiếu" →
 * "192/193 phiếu"), with the words that qualify it ("hơn 700 đại biểu").
 */
final class HowManyShape implements Shape {
    /** The "là" that says what the things a number counts are ("200 đại biểu là cán bộ"), not what they are counted in. */
    private static final Pattern COPULA = Pattern.compile("(?iu)(?<!\\p{L})là(?!\\p{L})");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,/]\\d+)*");
    /** The word that ends a text: what stands right before a unit. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?U)(\\w+)\\s+$");
    /** The counted noun from the unit to the end of its clause. */
    private static final Pattern NOUN_PHRASE = Pattern.compile("[^,.;:()]+");
    /** A meeting named with its number: capitalised words after "Hội nghị", "Đại hội", then the number. */
    private static final Pattern NUMBERED_MEETING = Pattern.compile(
            "(?:Hội nghị|Đại hội|Hội thảo)(?: \\p{Lu}\\p{L}*(?: \\p{Ll}+){0,2}){0,4} (?:\\d{1,3}|[IVXL]{2,6})(?![\\p{L}\\d])(?![/.,]\\d)");
    /** A day and month, with or without the year: "19/12", "22/7/2019". */
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/\\d{2,4})?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d(-(19|20)\\d\\d)?");
    private static final Set<String> QUALIFIERS = Set.of("hơn", "gần", "khoảng", "trên", "dưới", "chừng",
            "gần như", "tổng cộng");
    private static final int MAX_WORDS_WITHOUT_UNIT = 2;
    /** The words that scale a number, folded: a sum of money is written with them and its currency. */
    private static final Set<String> MAGNITUDES = Set.of("ty", "trieu", "nghin", "ngan");
    private static final Set<String> CURRENCIES = Set.of("usd", "dong", "euro", "yen", "do");
    /** Words that make a number a length of time or a count of times, folded: "4 năm", "3 lần". */
    private static final Set<String> DURATIONS = Set.of("nam", "thang", "ngay", "tuan", "quy", "gio", "lan");
    /** How far after a number its magnitude or currency is looked for: " tỷ USD". */
    private static final int MEASURE_REACH = 12;
    private static final int LOOK_AT = 5;
    /** Units that are the word right before the number they count: "thứ 31", "số 18", "lần 2". */
    private static final Set<String> ORDINAL_UNITS = Set.of("thu", "so", "lan");
    /** The words before a meeting's number, folded: "lần thứ 4", "lần 4". */
    private static final Set<String> RANKS = Set.of("thu", "lan");
    /** Words that may stand between a number and the unit after it: "700 tỷ USD", "hơn 700 đại biểu". */
    private static final int UNIT_AFTER = 3;
    /** Words that may stand between the unit and a number after it: "số phiếu cao (192/193)". */
    private static final int UNIT_BEFORE = 6;
    private static final int MAX_UNIT_WORDS = 4;
    /** A value after a label: ": 289". */
    private static final Pattern LABELLED = Pattern.compile(":\\s*(\\d+(?:[.,/]\\d+)*)(?!\\d)");
    /** A figure of a table row and its column in brackets, one level of brackets inside: "7,8 (So với năm 2022 (%))". */
    private static final Pattern CELL = Pattern.compile("(-?\\d+(?:[.,]\\d+)*) \\(((?:[^()]|\\([^()]*\\))+)\\)");
    /** A label: words without a number or a sentence's end in them. */
    private static final Pattern LABEL = Pattern.compile("[^\\d.;:!?]*");

    @Override
    public Optional<String> compose(Intent intent, List<Candidate> evidence, CitationBook book) {
        List<Candidate> ranked = AskedRows.first(evidence, intent);
        List<String> forms = intent.unit().isEmpty() ? List.of("")
                : Lexicon.get().unitForms(String.join(" ", intent.unit()));
        // a unit the question names lets every sentence of the evidence be read: the one that counts it may
        // share little else with the question ("Tham dự có khoảng 300 đại biểu"); with no unit, any number
        // would do, so only the best few are read
        int look = intent.unit().isEmpty() ? Math.min(LOOK_AT, ranked.size()) : ranked.size();
        // "biên giới dài bao nhiêu": "35 km đường tuần tra" is in kilometres, "biên giới dài 206 km" says the length
        String unit = String.join(" ", intent.unit());
        Optional<String> measured = Lexicon.get().isMeasureWord(unit)
                ? counted(intent, ranked, book, look, List.of(unit), false) : Optional.empty();
        return measured.or(() -> counted(intent, ranked, book, look, forms, false))
                // "193 cặp" counts "cặp kết hôn" in a sentence that writes "kết hôn" elsewhere
                .or(() -> counted(intent, ranked, book, Math.min(LOOK_AT, ranked.size()), forms, true));
    }

    private static Optional<String> counted(Intent intent, List<Candidate> ranked, CitationBook book, int look,
                                            List<String> unitForms, boolean byHead) {
        for (int i = 0; i < look; i++) {
            Candidate c = ranked.get(i);
            boolean far = i >= LOOK_AT;
            if (YearRows.isOfAnotherYear(c.sentence(), intent.years()) || namesAnotherAmount(c.sentence(), intent.unit())) {
                continue;
            }
            List<String> forms = byHead ? headForms(c.sentence(), intent.unit()) : unitForms;
            Optional<String> cell = byHead ? Optional.empty() : cellAsked(c.sentence(), intent.years(), forms);
            if (cell.isPresent()) {
                String marker = book.cite(c.passage(), c.sentence());
                return Optional.of(cell.get() + " " + marker + ".\n" + Lines.quote(c.sentence(), marker));
            }
            for (String form : forms) {
                Optional<String> amount = amount(c.sentence(), form.isEmpty() ? List.of() : List.of(form),
                        intent.conferenceOrdinal(), intent.names());
                if (amount.isPresent() && ofAnotherPeriod(intent, c.sentence(), amount.get())) {
                    break; // the sentence counts in another year: the next one may count in the year asked
                }
                if (amount.isPresent() && !isSumOfOtherThings(c.sentence(), form, forms)
                        && namesTheMeetingAsked(amount.get(), intent.terms())
                        && (!far && !byHead || unitRightAfterNumber(amount.get(), form) || Lexicon.get().isMeasureWord(form))) {
                    String marker = book.cite(c.passage(), c.sentence());
                    StringBuilder answer = new StringBuilder(Lines.capitalized(amount.get()) + " " + marker + ".\n"
                            + Lines.quote(c.sentence(), marker));
                    // "ba nhóm nhiệm vụ." followed by "Thứ nhất, …": what is counted is listed right after the count
                    for (String point : Enumerations.following(c)) {
                        answer.append('\n').append(Lines.quote(point, book.cite(c.passage(), point)));
                    }
                    return Optional.of(answer.toString());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when the question's years are the time of what it counts, not a meeting's ("bao nhiêu ngư dân bị
     * bắt năm 2023"), and {@code sentence} counts {@code amount} in another year.
     */
    private static boolean ofAnotherPeriod(Intent intent, String sentence, String amount) {
        int at = sentence.indexOf(amount);
        return intent.conferenceKind() == null && intent.conferenceOrdinal() == 0
                && YearRows.isOfAnotherPeriod(sentence, at < 0 ? sentence.length() : at, intent.years());
    }

    /**
     * True when {@code amount} writes the unit's {@code form} right after its number ("khoảng 300 đại
     * biểu"): far down the evidence only such a count is taken, since a unit a word away may be part of
     * another noun ("6 nhiệm vụ" does not count "vụ").
     */
    static boolean unitRightAfterNumber(String amount, String form) {
        Matcher number = NUMBER.matcher(amount);
        if (form.isEmpty() || !number.find()) {
            return false;
        }
        String after = VietnameseText.fold(amount.substring(number.end())).toLowerCase(Locale.ROOT).strip();
        String unit = VietnameseText.fold(form).toLowerCase(Locale.ROOT);
        return after.equals(unit) || after.startsWith(unit + " ");
    }

    /**
     * Of a table row's figures, each with its column in brackets ("34 (Năm 2022); 71 (Năm 2024)", "-4,1 (So
     * với năm 2022 (%))"), the one whose column carries a form of the unit the question counts (of several,
     * the one with a year it names), else the one alone whose column carries such a year (the question's
     * {@code years}, {@code unitForms}), with its column; empty when the sentence is no such row or not one
     * column is asked.
     */
    static Optional<String> cellAsked(String sentence, List<Integer> years, List<String> unitForms) {
        Matcher cell = CELL.matcher(sentence);
        List<String> ofUnit = new ArrayList<>();
        List<String> ofYear = new ArrayList<>();
        int cells = 0;
        while (cell.find()) {
            cells++;
            String column = cell.group(2);
            String folded = VietnameseText.fold(column).toLowerCase(java.util.Locale.ROOT);
            String asked = cell.group(1) + " (" + column + ")";
            if (unitForms.stream().anyMatch(f -> !f.isEmpty() && folded.contains(VietnameseText.fold(f)))) {
                ofUnit.add(asked);
            } else if (years.stream().anyMatch(y -> column.contains(String.valueOf(y)))) {
                ofYear.add(asked);
            }
        }
        if (ofUnit.size() > 1) {
            ofUnit = ofUnit.stream().filter(c -> years.stream().anyMatch(y -> c.contains(String.valueOf(y)))).toList();
            if (ofUnit.size() != 1) {
                return Optional.empty();
            }
        }
        // the unit tells the column more closely than a year: "tăng bao nhiêu phần trăm năm 2021" is the "(%)" one
        if (cells < 2 || ofUnit.isEmpty() && ofYear.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(ofUnit.isEmpty() ? ofYear.getFirst() : ofUnit.getFirst());
    }

    /**
     * True when {@code sentence} has a number that counts {@code unit} (folded words), in any of its forms
     * or by its {@linkplain #headForms head}.
     */
    static boolean counts(String sentence, List<String> unit) {
        List<String> forms = Lexicon.get().unitForms(String.join(" ", unit));
        return !namesAnotherAmount(sentence, unit) && (forms.stream().anyMatch(form -> amount(sentence, List.of(form)).isPresent()
                && !isSumOfOtherThings(sentence, form, forms))
                || headForms(sentence, unit).stream().anyMatch(form -> amount(sentence, List.of(form))
                        .filter(a -> unitRightAfterNumber(a, form)).isPresent()));
    }

    /**
     * The unit's first words, longest first, each when {@code sentence} writes the words it leaves out:
     * a report counts "193 cặp" where the question asks "bao nhiêu cặp kết hôn" and the sentence is about
     * "kết hôn", and "7.031 người" of "người di cư". Empty for a unit of one word. A head counts only
     * right after a number in figures: its syllables may start another word ("đại" of "đại dịch").
     */
    static List<String> headForms(String sentence, List<String> unit) {
        List<String> words = unit.size() == 1 ? List.of(unit.getFirst().split(" ")) : unit;
        Set<String> written = Set.copyOf(VietnameseText.foldedWords(sentence));
        List<String> heads = new ArrayList<>();
        for (int end = words.size() - 1; end >= 1; end--) {
            if (written.containsAll(words.subList(end, words.size()))) {
                heads.add(String.join(" ", words.subList(0, end)));
            }
        }
        return heads;
    }

    /**
     * True when {@code unit} is an amount ("kinh phí", "kim ngạch") and {@code sentence} names another
     * amount but not it: "kim ngạch … đạt 4.187 triệu USD" is no "kinh phí".
     */
    static boolean namesAnotherAmount(String sentence, List<String> unit) {
        if (unit.isEmpty()) {
            return false;
        }
        String asked = String.join(" ", unit);
        Lexicon lexicon = Lexicon.get();
        List<Word> askedWords = Words.of(asked);
        if (lexicon.amountNouns().at(askedWords, 0).filter(m -> m.to() == askedWords.size()).isEmpty()) {
            return false;
        }
        List<String> named = lexicon.amountNouns().find(Words.of(sentence)).stream().map(m -> m.value()).toList();
        return !named.isEmpty() && !named.contains(asked);
    }

    /**
     * True when the unit's {@code form} is a magnitude ("triệu", "tỷ") of a sum of money asked ({@code forms}
     * name a currency) and every time the sentence writes it, it counts something else: "1,2 triệu công dân",
     * "17,6 triệu lượt khách" are no sum of money, "330 triệu USD" and "4,6 tỷ đồng" are.
     */
    static boolean isSumOfOtherThings(String sentence, String form, List<String> forms) {
        String magnitude = VietnameseText.fold(form);
        List<String> currencies = forms.stream().map(VietnameseText::fold).filter(f -> !MAGNITUDES.contains(f)).toList();
        if (!MAGNITUDES.contains(magnitude) || currencies.size() == forms.size() || currencies.isEmpty()) {
            return false;
        }
        Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(magnitude) + "(?!\\p{L})\\s*(\\p{L}*)")
                .matcher(VietnameseText.fold(sentence).toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group(1).isEmpty() || currencies.stream().anyMatch(cur -> cur.startsWith(m.group(1)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The number in {@code sentence} that counts the unit, as a phrase with its qualifier and unit: the
     * unit follows it within {@link #UNIT_AFTER} words ("hơn 700 đại biểu") or precedes it within
     * {@link #UNIT_BEFORE} ("số phiếu cao (192/193)", "tổng số đối tác … lên 30"); any number when the
     * question names no unit. A number farther from the unit counts something else.
     */
    static Optional<String> amount(String sentence, List<String> unit) {
        return amount(sentence, unit, 0);
    }

    /** The amount {@code sentence} counts of {@code unit}, never {@code rankAsked}, the number of the meeting asked of. */
    static Optional<String> amount(String sentence, List<String> unit, int rankAsked) {
        return amount(sentence, unit, rankAsked, List.of());
    }

    /**
     * As {@link #amount(String, List, int)}; of numbers that count the unit alike, the one nearest a name of
     * {@code names}, the question's, that the sentence writes: "dài 280,9 km, trong đó giáp Lào 142,4 km" asked
     * of Laos is 142,4 km.
     */
    static Optional<String> amount(String sentence, List<String> unit, int rankAsked, List<String> names) {
        Optional<String> found = amountOf(sentence, unit, rankAsked, names);
        if (found.isEmpty() && unit.equals(List.of("thu"))) {
            // "lần thứ mấy" is answered by "lần 2" as well as by "lần thứ 2", and by a meeting's number after
            // its name: "Hội nghị Ngoại giao 30", "Đại hội XIII"
            found = amountOf(sentence, List.of("lan"), rankAsked, List.of()).or(() -> numberedMeeting(sentence));
        }
        return found;
    }

    /**
     * False when {@code amount} is a meeting named with its number ("Đại hội XIII") and the question's
     * {@code terms} do not name it: "Hội nghị Ngoại giao lần thứ mấy" is not answered by another meeting.
     */
    static boolean namesTheMeetingAsked(String amount, List<String> terms) {
        if (!NUMBERED_MEETING.matcher(amount).matches()) {
            return true;
        }
        Set<String> asked = new java.util.HashSet<>();
        terms.forEach(t -> asked.addAll(List.of(VietnameseText.fold(t).toLowerCase(Locale.ROOT).split("\\s+"))));
        String[] words = VietnameseText.fold(amount).toLowerCase(Locale.ROOT).split("\\s+");
        return java.util.Arrays.stream(words, 0, words.length - 1).allMatch(asked::contains);
    }

    /** The first meeting named with its number in {@code sentence}: "Hội nghị Ngoại giao 30", "Đại hội XIII". */
    private static Optional<String> numberedMeeting(String sentence) {
        Matcher m = NUMBERED_MEETING.matcher(sentence);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    private static Optional<String> amountOf(String sentence, List<String> unit, int rankAsked, List<String> names) {
        String folded = VietnameseText.fold(sentence);
        List<Integer> unitAt = unit.isEmpty() ? List.of() : writtenAsTheUnit(sentence, wordPositions(folded, unit.get(0)), unit.get(0));
        if (!unit.isEmpty() && unitAt.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> namedAt = names.stream().flatMap(n -> wordPositions(folded, VietnameseText.fold(n)).stream()).toList();
        Matcher m = NUMBER.matcher(sentence);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestNearness = Integer.MAX_VALUE;
        while (m.find()) {
            if (YEAR.matcher(m.group()).matches() || isADay(m.group()) || namesADayOrMonth(sentence, m.start())
                    || isPartOfAName(sentence, m.start()) || isTheRankAsked(sentence, m, rankAsked)
                    || marksAPoint(sentence, m) || measuresSomethingElse(sentence, m.end(), unit)) {
                continue;
            }
            int start = m.start();
            int nearness = namedAt.stream().mapToInt(at -> Math.abs(at - start)).min().orElse(0);
            if (unitAt.isEmpty() && namedAt.isEmpty()) {
                return Optional.of(phrase(sentence, m.start(), m.end(), unit, unitAt));
            }
            // "lần thứ mấy", "số mấy": only the number right after "thứ", "số"; a sum only with its currency or
            // magnitude after it ("Đại hội đồng … khóa 79" is no sum in "đồng")
            int distance = unitAt.isEmpty() ? 0 : wordsToUnit(sentence, unitAt, m.start(), m.end(),
                    ORDINAL_UNITS.contains(unit.get(0)), isMeasure(unit.get(0)));
            if (distance < bestDistance || distance == bestDistance && distance != Integer.MAX_VALUE && nearness < bestNearness) {
                bestDistance = distance;
                bestNearness = nearness;
                best = phrase(sentence, m.start(), m.end(), unit, unitAt);
            }
        }
        return Optional.ofNullable(best).or(() -> labelled(sentence, folded, unit, unitAt))
                .or(() -> inWords(sentence, folded, unitAt));
    }

    /** A small count, two or more, written in a word right before the unit: "ba nhóm giải pháp", "bốn nội dung". */
    private static Optional<String> inWords(String sentence, String folded, List<Integer> unitAt) {
        for (int at : unitAt) {
            Matcher before = WORD_BEFORE.matcher(folded.substring(0, at));
            // "một" is as often an article as a count: "là một điểm sáng" counts nothing
            if (before.find() && Cardinals.of(before.group(1)).filter(n -> n > 1).isPresent()) {
                Matcher noun = NOUN_PHRASE.matcher(sentence).region(at, sentence.length());
                return Optional.of(sentence.substring(before.start(1), noun.lookingAt() ? noun.end() : at).strip());
            }
        }
        return Optional.empty();
    }

    /**
     * True when the number ending at {@code end} is a sum, a share or a size of its own ("1,65 tỷ USD", "18%")
     * and the question counts something else ("bao nhiêu tỉnh"): the unit near it counts another number.
     */
    private static boolean measuresSomethingElse(String sentence, int end, List<String> unit) {
        if (unit.isEmpty()) {
            return false;
        }
        List<String> after = VietnameseText.foldedWords(sentence.substring(end, Math.min(sentence.length(), end + MEASURE_REACH)));
        boolean percent = sentence.substring(end).stripLeading().startsWith("%");
        // "3 triệu liều" counts doses; "1,65 tỷ USD" is a sum: the currency says so, after its magnitude if any
        int currencyAt = !after.isEmpty() && MAGNITUDES.contains(after.getFirst()) ? 1 : 0;
        boolean money = after.size() > currencyAt && CURRENCIES.contains(after.get(currencyAt));
        List<String> forms = Lexicon.get().unitForms(String.join(" ", unit)).stream().map(VietnameseText::fold).toList();
        // "kim ngạch … tăng liên tục trong 4 năm": a sum asked is never a number of years or times
        boolean sumAsked = forms.stream().anyMatch(f -> MAGNITUDES.contains(f) || CURRENCIES.contains(f) || f.equals("%"));
        if (sumAsked && !percent && !money && !after.isEmpty() && DURATIONS.contains(after.getFirst())) {
            return true;
        }
        if (!percent && !money) {
            return false;
        }
        return forms.stream().noneMatch(f -> percent ? f.equals("%") || f.equals("phan tram")
                : MAGNITUDES.contains(f) || CURRENCIES.contains(f));
    }

    /** True when {@code number} is a day of a month ("19/12", "22/7/2019"): a date, not a count. */
    /** True when the number at {@code start} follows "ngày" or "tháng": "ngày 19 tháng 12" is a date, no count. */
    static boolean namesADayOrMonth(String sentence, int start) {
        Matcher before = WORD_BEFORE.matcher(sentence.substring(0, start));
        if (!before.find()) {
            return false;
        }
        String word = VietnameseText.fold(before.group(1)).toLowerCase(Locale.ROOT);
        return word.equals("ngay") || word.equals("thang");
    }

    static boolean isADay(String number) {
        Matcher day = DAY.matcher(number);
        return day.matches() && Integer.parseInt(day.group(1)) <= 31 && Integer.parseInt(day.group(2)) <= 12
                && Integer.parseInt(day.group(1)) >= 1 && Integer.parseInt(day.group(2)) >= 1;
    }

    /**
     * The number right after a colon that ends a label holding the unit, as a table row or a list of
     * figures writes it: "Ngư dân bị bắt giữ được hỗ trợ về nước: 289 (6 tháng đầu năm 2017)".
     */
    private static Optional<String> labelled(String sentence, String folded, List<String> unit, List<Integer> unitAt) {
        Matcher value = LABELLED.matcher(sentence);
        while (value.find()) {
            int colon = value.start();
            boolean labels = unitAt.stream().anyMatch(u -> u < colon && LABEL.matcher(folded.substring(u, colon)).matches());
            if (labels && !YEAR.matcher(value.group(1)).matches()) {
                return Optional.of(phrase(sentence, value.start(1), value.end(1), unit, unitAt));
            }
        }
        return Optional.empty();
    }

    /**
     * Of the places {@code at} where the sentence has the folded {@code unit}, those written as the unit is
     * when the sentence has diacritics: "đồng" counts money, the "động" of "vận động" folds alike and does not.
     */
    private static List<Integer> writtenAsTheUnit(String sentence, List<Integer> at, String unit) {
        Optional<String> written = Lexicon.get().writtenUnit(unit);
        if (written.isEmpty() || !VietnameseText.hasDiacritics(sentence) || written.get().equals(unit)) {
            return at;
        }
        return at.stream().filter(u -> u + unit.length() <= sentence.length()
                && sentence.substring(u, u + unit.length()).toLowerCase(Locale.ROOT).equals(written.get())).toList();
    }

    /** True when the number at {@code start} is written onto a word, so it names, not counts ("COVID-19", "G20"). */
    /**
     * True when {@code number} is {@code rank}, the number of the meeting the question names, written as one after
     * "thứ" or "lần" ("Diễn đàn … lần thứ 4"): it names the meeting asked of, it counts nothing there.
     */
    private static boolean isTheRankAsked(String sentence, Matcher number, int rank) {
        Matcher before = WORD_BEFORE.matcher(sentence.substring(0, number.start()));
        return rank > 0 && number.group().equals(String.valueOf(rank)) && before.find()
                && RANKS.contains(VietnameseText.fold(before.group(1)).toLowerCase(Locale.ROOT));
    }

    private static boolean isPartOfAName(String sentence, int start) {
        int before = start - 1;
        if (before >= 1 && sentence.charAt(before) == '-') {
            before--;
        }
        return before >= 0 && Character.isLetter(sentence.charAt(before));
    }

    /** The fewest words between the number at [start, end) and the unit, if within reach; else MAX_VALUE. */
    private static int wordsToUnit(String sentence, List<Integer> unitAt, int start, int end, boolean ordinal,
                                   boolean afterOnly) {
        int best = Integer.MAX_VALUE;
        for (int u : unitAt) {
            if (afterOnly && u < end) {
                continue;
            }
            // "hơn 200 đại biểu là cán bộ, công chức" counts delegates: what the number counts comes before the "là"
            if (u >= end && COPULA.matcher(sentence.substring(end, u)).find()) {
                continue;
            }
            int words = u >= end ? wordsBetween(sentence, end, u) : wordsBetween(sentence, u, start) - 1;
            int reach = ordinal ? (u >= end ? -1 : 0) : u >= end ? UNIT_AFTER : UNIT_BEFORE;
            if (words <= reach && words < best) {
                best = words;
            }
        }
        return best;
    }

    /** True when {@code form} is a currency or a magnitude of money, "%" too: written after the number it goes with. */
    private static boolean isMeasure(String form) {
        String folded = VietnameseText.fold(form);
        return CURRENCIES.contains(folded) || MAGNITUDES.contains(folded) || folded.equals("%");
    }

    private static int wordsBetween(String sentence, int from, int to) {
        String between = sentence.substring(Math.min(from, to), Math.max(from, to)).strip();
        return between.isEmpty() ? 0 : between.split("\\s+").length;
    }

    private static List<Integer> wordPositions(String folded, String word) {
        List<Integer> out = new ArrayList<>();
        for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                    && (end == folded.length() || !Character.isLetter(folded.charAt(end)))) {
                out.add(at);
            }
        }
        return out;
    }

    /** True when the number {@code m} found is the mark of a point of a list that opens the sentence: "2. Về …". */
    private static boolean marksAPoint(String sentence, Matcher m) {
        return sentence.substring(0, m.start()).isBlank() && m.end() < sentence.length()
                && (sentence.charAt(m.end()) == '.' || sentence.charAt(m.end()) == ')')
                && (m.end() + 1 == sentence.length() || Character.isWhitespace(sentence.charAt(m.end() + 1)));
    }

    private static String phrase(String sentence, int start, int end, List<String> unit, List<Integer> unitAt) {
        if (!unit.isEmpty() && ORDINAL_UNITS.contains(unit.get(0))) {
            // the number of a time, a document, a place in a series comes after its word: "lần 2", "số 18"
            int u = unitAt.stream().filter(at -> at < start).reduce((a, b) -> b).orElse(-1);
            if (u >= 0) {
                return sentence.substring(u, end);
            }
        }
        // "nghị quyết số mấy": the number of a thing follows its noun, "Nghị quyết 18"
        int named = unitAt.stream().filter(u -> u < start && sentence.substring(u, start).strip().length() == unit.get(0).length())
                .findFirst().orElse(-1);
        // "kinh phí 12,4 tỷ đồng": an amount is its number and what it is counted in
        if (!unit.isEmpty() && named >= 0 && unit.get(0).contains(" ") && Lexicon.get().unitForms(unit.get(0)).size() == 1) {
            return sentence.substring(named, end);
        }
        String before = sentence.substring(0, start).stripTrailing().toLowerCase(Locale.ROOT);
        String qualifier = QUALIFIERS.stream().filter(q -> before.endsWith(" " + q) || before.equals(q))
                .findFirst().map(q -> q + " ").orElse("");
        String number = sentence.substring(start, end);
        String unitWords = unitWords(sentence, end, unit, unitAt);
        return qualifier + number + (unitWords.startsWith(" %") ? unitWords.substring(1) : unitWords); // "84%"
    }

    /** Up to two words right after a number, stopping at punctuation: "700 tỷ USD", "63 tỉnh". */
    private static String wordsUpToPunctuation(String after) {
        StringBuilder out = new StringBuilder();
        String[] words = after.stripLeading().split("\\s+");
        if (after.isEmpty() || !Character.isWhitespace(after.charAt(0))) {
            return "";
        }
        for (int i = 0; i < Math.min(MAX_WORDS_WITHOUT_UNIT, words.length); i++) {
            String w = words[i].replaceAll("[,.;:()\"“”]+$", "");
            // "142,4 km và …": a joining word starts what comes next
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || Lexicon.get().isWrittenFunctionWord(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            out.append(' ').append(w);
            if (!w.equals(words[i])) {
                break;
            }
        }
        return out.toString();
    }

    /** The words after the number through the unit when it follows closely; else the unit as written. */
    private static String unitWords(String sentence, int end, List<String> unit, List<Integer> unitAt) {
        if (unit.isEmpty()) {
            return wordsUpToPunctuation(sentence.substring(end));
        }
        String[] words = sentence.substring(end).strip().split("\\s+");
        if (Lexicon.get().isMeasureWord(unit.get(0))) {
            // "dài khoảng 206 km tiếp giáp …": the length is "206 km"
            String first = words[0].replaceAll("[,.;:()\"“”]+$", "");
            return Lexicon.get().unitForms(unit.get(0)).contains(VietnameseText.fold(first).toLowerCase(Locale.ROOT)) ? " " + first : "";
        }
        String[] parts = unit.get(0).split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_UNIT_WORDS, words.length); i++) {
            String w = words[i].replaceAll("[,.;:()\"“”]+$", "");
            out.append(' ').append(w);
            if (VietnameseText.fold(w).equals(parts[0])) {
                String next = i + 1 < words.length && w.equals(words[i]) ? words[i + 1].replaceAll("[,.;:()\"“”]+$", "") : "";
                boolean second = parts.length > 1 && VietnameseText.fold(next).equals(parts[1]);
                // "700 tỷ USD": a magnitude counts in the currency written after it
                boolean currency = parts.length == 1 && MAGNITUDES.contains(parts[0])
                        && CURRENCIES.contains(VietnameseText.fold(next).toLowerCase(Locale.ROOT));
                return second || currency ? out + " " + next : out.toString();
            }
            if (!w.equals(words[i])) {
                break;
            }
        }
        // The unit is named elsewhere in the sentence: "… Đối tác toàn diện lên 30 quốc gia" counts
        // "quốc gia"; "số phiếu cao (192/193)" has no word after the number, so the unit is "phiếu".
        String after = wordsUpToPunctuation(sentence.substring(end));
        if (!after.isEmpty()) {
            return after;
        }
        int u = unitAt.get(0);
        return " " + sentence.substring(u, u + unit.get(0).length());
    }
}
