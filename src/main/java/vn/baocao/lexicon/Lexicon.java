package vn.baocao.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.baocao.report.ConferenceKind;
import vn.baocao.text.VietnameseText;

/**
 * The language of the domain, read once from the tables under {@code lexicon/} on the class path: the
 * speech verbs with their kind, the titles and names with their abbreviations, the paraphrases that
 * reports and questions use for the same thing, the premises questions take for granted, the words
 * that say what a question asks, the names of kinds of meeting, and English forms of all of these.
 *
 * <p>Every word list of the domain lives here, so that reading a report, reading a question and judging
 * evidence agree on them. Immutable and thread-safe.
 */
public final class Lexicon {
    private static final Lexicon INSTANCE = load();

    /** What a conference cue names: a kind of meeting, outright (strength 1) or weakly (2). */
    public record ConferenceCue(ConferenceKind kind, int strength) {
    }

    private final List<String> reportSpeechVerbs;
    private final PhraseTable<SpeechKind> speechVerbs;
    private final PhraseTable<String> titles;
    private final PhraseTable<String> names;
    private final PhraseTable<String> abbreviations;
    private final PhraseTable<String> shorthand;
    private final PhraseTable<String> paraphrases;
    private final Map<String, List<String>> paraphraseClasses;
    private final PhraseTable<String> premises;
    private final PhraseTable<String> seldomGiven;
    private final Map<String, List<String>> seldomGivenForms;
    private final Map<String, List<String>> premiseForms;
    private final PhraseTable<String> questionCues;
    private final PhraseTable<String> agentNouns;
    private final PhraseTable<String> followUps;
    private final Map<String, Set<String>> cueWords;
    private final PhraseTable<ConferenceCue> conferenceCues;
    private final Map<String, String> english;
    private final Set<String> englishMarkers;
    private final Map<String, Boolean> surnames;
    private final PhraseTable<String> frame;
    private final Set<String> functionWords;
    private final Set<String> writtenFunctionWords;
    private final Map<String, List<String>> nameForms;
    private final Set<String> places;
    private final List<List<String>> placeHeads;
    private final Set<List<String>> totalRows;
    private final Set<List<String>> howItWent;
    private final Map<List<String>, String> venueKinds;
    private final Map<String, String> writtenUnits;
    private final List<String> seniority;
    private final Map<String, List<String>> titleGroups;
    private final Set<String> sharedTitleShorthands;
    private final Set<String> partsOfDay;
    private final Map<String, List<String>> unitWords;
    private final List<List<String>> commaCompounds;
    private final PhraseTable<String> amountNouns;
    private final Set<String> measureWords;

    private Lexicon(Tables t) {
        this.reportSpeechVerbs = List.copyOf(t.reportSpeechVerbs);
        this.speechVerbs = new PhraseTable<>(t.speechVerbs);
        this.titles = new PhraseTable<>(t.titles);
        this.names = new PhraseTable<>(t.names);
        this.abbreviations = new PhraseTable<>(t.abbreviations);
        this.shorthand = new PhraseTable<>(t.shorthand);
        this.paraphrases = new PhraseTable<>(t.paraphrases);
        this.paraphraseClasses = Map.copyOf(t.paraphraseClasses);
        this.premises = new PhraseTable<>(t.premises);
        this.seldomGiven = new PhraseTable<>(t.seldomGiven);
        this.seldomGivenForms = Map.copyOf(t.seldomGivenForms);
        this.premiseForms = Map.copyOf(t.premiseForms);
        this.questionCues = new PhraseTable<>(t.questionCues);
        this.agentNouns = new PhraseTable<>(t.agentNouns);
        this.followUps = new PhraseTable<>(t.followUps);
        Map<String, Set<String>> words = new HashMap<>();
        t.questionCues.forEach((phrase, meaning) -> words.computeIfAbsent(meaning, k -> new java.util.HashSet<>())
                .addAll(phrase.folded()));
        this.cueWords = Map.copyOf(words);
        this.conferenceCues = new PhraseTable<>(t.conferenceCues);
        this.english = Map.copyOf(t.english);
        this.englishMarkers = Set.copyOf(t.englishMarkers);
        this.surnames = Map.copyOf(t.surnames);
        this.frame = new PhraseTable<>(t.frame);
        Set<String> function = new java.util.HashSet<>();
        Set<String> written = new java.util.HashSet<>();
        t.frame.forEach((phrase, role) -> {
            // a cased function word ("nhung", not the "Nhung" of a name) is one only as the table matches it, case and all
            if (role.equals("function") && phrase.size() == 1 && !phrase.cased()) {
                function.add(phrase.folded().getFirst());
                written.add(phrase.lower().getFirst());
            }
        });
        this.functionWords = Set.copyOf(function);
        this.writtenFunctionWords = Set.copyOf(written);
        this.nameForms = Map.copyOf(t.nameForms);
        this.places = Set.copyOf(t.places);
        this.placeHeads = List.copyOf(t.placeHeads);
        this.totalRows = Set.copyOf(t.totalRows);
        this.howItWent = Set.copyOf(t.howItWent);
        this.venueKinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(t.venueKinds));
        this.writtenUnits = Map.copyOf(t.writtenUnits);
        this.seniority = List.copyOf(t.seniority);
        this.titleGroups = Map.copyOf(t.titleGroups);
        this.sharedTitleShorthands = Set.copyOf(t.sharedTitleShorthands);
        this.partsOfDay = Set.copyOf(t.partsOfDay);
        this.commaCompounds = List.copyOf(t.commaCompounds);
        this.unitWords = Map.copyOf(t.unitWords);
        this.amountNouns = new PhraseTable<>(t.amountNouns);
        this.measureWords = Set.copyOf(t.measureWords);
    }

    /** The lexicon of Vietnamese foreign-ministry reports. */
    public static Lexicon get() {
        return INSTANCE;
    }

    /** The verbs with which reports attribute speech, lower case, accented, in the table's order. */
    public List<String> reportSpeechVerbs() {
        return reportSpeechVerbs;
    }

    /** Speech verbs, of reports and of questions, by what they say the speaker did. */
    public PhraseTable<SpeechKind> speechVerbs() {
        return speechVerbs;
    }

    /** Titles ("phó thủ tướng") and their abbreviations ("PTT"), each meaning the title, lower case. */
    public PhraseTable<String> titles() {
        return titles;
    }

    /**
     * The titles a group of {@link #titles()} stands for ("thủ tướng", "phó thủ tướng" of "lãnh đạo chính phủ"), or
     * empty when {@code title} is one title, not a group.
     */
    public List<String> titlesOfGroup(String title) {
        return titleGroups.getOrDefault(title, List.of());
    }

    /**
     * True when {@code folded} is a shorthand typed for several titles ("tt": a Thứ trưởng, a Thường trực, in chat a
     * Thủ tướng), which says none of them of the person named after it.
     */
    public boolean isSharedTitleShorthand(String folded) {
        return sharedTitleShorthands.contains(folded);
    }

    /** True when {@code folded} is a part of the day written before a date ("chieu" of "chiều 31-1"). */
    public boolean isPartOfDay(String folded) {
        return partsOfDay.contains(folded);
    }

    /** Names of organisations, places and things, and their abbreviations, each meaning the name as reports write it. */
    public PhraseTable<String> names() {
        return names;
    }

    /** The abbreviations of titles and names alone, each meaning its full form (lower case for titles). */
    public PhraseTable<String> abbreviations() {
        return abbreviations;
    }

    /** Chat shorthand ("bn", "ntn", "kq"), each meaning the words it stands for: questions use it, reports do not. */
    public PhraseTable<String> shorthand() {
        return shorthand;
    }

    /**
     * The abbreviation that starts at word {@code at} of {@code words}, unless the full form of a name
     * starts there ("Bộ Giáo dục và Đào tạo" is not an abbreviation "Bộ Giáo dục" and more words).
     */
    public java.util.Optional<PhraseTable.Match<String>> abbreviationAt(List<Word> words, int at) {
        var abbreviation = abbreviations.at(words, at);
        var name = names.at(words, at);
        return abbreviation.filter(a -> name.isEmpty() || name.get().size() <= a.size());
    }

    /** Paraphrase classes: each phrase means its class's first form (lower case, accented). */
    public PhraseTable<String> paraphrases() {
        return paraphrases;
    }

    /** Every form of the paraphrase class whose first form is {@code canonical}, that form first; empty if none. */
    public List<String> paraphrasesOf(String canonical) {
        return paraphraseClasses.getOrDefault(canonical, List.of());
    }

    /** Events a question may take for granted (opposed, postponed…), each meaning its class's first form. */
    public PhraseTable<String> premises() {
        return premises;
    }

    /**
     * Details of a meeting that reports seldom give ("dẫn chương trình", "thời tiết"), each phrase meaning its
     * class's first form: asked of, one is answered only where a passage writes a form of its class.
     */
    public PhraseTable<String> seldomGiven() {
        return seldomGiven;
    }

    /** The forms of the seldom-given class whose first form is {@code detail}, lower case with their diacritics. */
    public List<String> seldomGivenForms(String detail) {
        return seldomGivenForms.getOrDefault(detail, List.of());
    }

    /**
     * The forms of the premise class whose first form is {@code premise}, lower case with their diacritics
     * (folded, "hoãn" would be "hoàn"); empty if none.
     */
    public List<String> premiseForms(String premise) {
        return premiseForms.getOrDefault(premise, List.of());
    }

    /**
     * The words that say what a question asks, each meaning one of: who, when, where, how-many, list,
     * which-report, which-meeting, role, summary, compare, what, presided, attended, spoke, filler.
     */
    public PhraseTable<String> questionCues() {
        return questionCues;
    }

    /**
     * The nouns that ask who when an act or a speech verb follows ("người" of "người chủ trì", "người kết
     * luận") and ask nothing otherwise: kept apart from {@link #questionCues()}, where they would ask always.
     */
    public PhraseTable<String> agentNouns() {
        return agentNouns;
    }

    /**
     * The words by which a turn of a conversation leans on the ones before, each meaning one of: person,
     * meeting, year, report (they point back), swap ("còn … thì sao"), more, quote, sources, summary
     * (requests about the last answer).
     */
    public PhraseTable<String> followUps() {
        return followUps;
    }

    /** The folded words of the question phrases that mean {@code meaning} ("presided" → chu, tri, toa). */
    public Set<String> cueWords(String meaning) {
        return cueWords.getOrDefault(meaning, Set.of());
    }

    /** The names of kinds of meeting. */
    public PhraseTable<ConferenceCue> conferenceCues() {
        return conferenceCues;
    }

    /**
     * English words and phrases of the domain (lower case) and their Vietnamese wording in the reports;
     * "-" for a common word that says nothing here.
     */
    public Map<String, String> english() {
        return english;
    }

    /** The words only English uses: one of them, in a question without diacritics, marks it as English. */
    public Set<String> englishMarkers() {
        return englishMarkers;
    }

    /**
     * True when {@code word} (lower case, accented or folded) is a Vietnamese family name; typed
     * without diacritics, only a surname that is no common word counts unless {@code afterTitle}.
     */
    public boolean isSurname(Word word, boolean afterTitle) {
        if (word.accented()) {
            return surnames.containsKey(word.lower());
        }
        Boolean strong = surnames.get(word.folded());
        return strong != null && (strong || afterTitle);
    }

    /** True when {@code folded} is a function word folded ("cua", "qua"): typed without diacritics, it may be one. */
    public boolean isFunctionWord(String folded) {
        return functionWords.contains(folded);
    }

    /** True when {@code lower}, a word in lower case with its diacritics ("các", not "cac"), is a function word. */
    public boolean isWrittenFunctionWord(String lower) {
        return writtenFunctionWords.contains(lower);
    }

    /** Words that frame a question, each meaning its role: function, meeting, honorific or event. */
    public PhraseTable<String> frame() {
        return frame;
    }

    /**
     * The nouns that name an amount ("tỷ lệ", "chi phí", "kim ngạch"), each meaning its unit folded: "Tỷ lệ
     * hồ sơ trực tuyến là bao nhiêu?" asks the number the rate is given as.
     */
    public PhraseTable<String> amountNouns() {
        return amountNouns;
    }

    /**
     * True when {@code unit} (folded) is a dimension reports write before the number they measure it with ("biên giới
     * dài 206 km"): of the sentences that count in its units, one that says the dimension is the one asked.
     */
    public boolean isMeasureWord(String unit) {
        return measureWords.contains(unit);
    }

    /**
     * True when {@code unit} (folded or not) has words of its own that reports count it with when they do not repeat
     * it ("người": "đại biểu", "cán bộ", "kiều bào"), not only its paraphrases.
     */
    public boolean hasCountingWords(String unit) {
        return unitWords.containsKey(VietnameseText.fold(unit));
    }

    /**
     * The ways reports may write what {@code unit} (folded words, the reports' wording) counts: the unit
     * itself, the other forms of its paraphrase class, and the words they count it with ("tiền" → "tỷ",
     * "usd"…), all folded.
     */
    public List<String> unitForms(String unit) {
        List<String> out = new ArrayList<>();
        out.add(unit);
        paraphraseClasses.values().stream().filter(forms -> forms.stream().anyMatch(f -> VietnameseText.fold(f).equals(unit)))
                .findFirst().ifPresent(forms -> forms.forEach(f -> out.add(VietnameseText.fold(f))));
        out.addAll(unitWords.getOrDefault(unit, List.of()));
        return out.stream().distinct().toList();
    }

    /**
     * The names of fields of work written with a comma inside ("phòng, chống", "phân giới, cắm mốc"), each as
     * the words before the comma and the words after it, lower case and accented.
     */
    public List<List<String>> commaCompounds() {
        return commaCompounds;
    }

    /**
     * How senior the office of {@code role} is, 0 the most senior: the rank of the most senior office its
     * comma-separated parts start with ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ" is a Prime Minister);
     * the number of ranked offices when it holds none of them.
     */
    public int seniorityOf(String role) {
        int best = seniority.size();
        for (String part : role.toLowerCase(java.util.Locale.ROOT).split(",")) {
            String p = VietnameseText.canonicalTones(part.strip());
            for (int i = 0; i < best; i++) {
                if (p.startsWith(seniority.get(i))) {
                    best = i;
                }
            }
        }
        return best;
    }

    /** True when {@code name} is a name of the lexicon's table, as reports write it. */
    public boolean isName(String name) {
        return nameForms.containsKey(name);
    }

    /**
     * The word a count's unit {@code folded} is written as, with its diacritics ("dong" → "đồng"): a report
     * writes "đồng", and its "vận động" is no sum of money. Empty for a unit the lexicon does not list.
     */
    public java.util.Optional<String> writtenUnit(String folded) {
        return java.util.Optional.ofNullable(writtenUnits.get(folded));
    }

    /** True when {@code name} (as reports write it) is a country or region: "Hoa Kỳ", "Đông Nam Á". */
    public boolean isPlace(String name) {
        return places.contains(name);
    }

    /** True when {@code label}, a table row's label, names the row that sums the others: "Tổng cộng", "Cả nước". */
    public boolean isTotalRow(String label) {
        List<String> words = VietnameseText.foldedWords(label.replace("*", ""));
        return totalRows.contains(words);
    }

    /**
     * True when {@code folded}, the words after a question's topic, only ask how it went ("thế nào", "ra sao"): a
     * frame any other topic fits.
     */
    public boolean asksHowItWent(List<String> folded) {
        return howItWent.contains(folded);
    }

    /**
     * The words that head the name of a place inside the country ("tỉnh", "thành phố"), each as its lower
     * case words: a name written after one is a province, city or district.
     */
    public List<List<String>> placeHeads() {
        return placeHeads;
    }

    /**
     * The kinds of building or room a venue is named by, each as its folded words meaning how the lexicon
     * writes it ([khach, san] → "khách sạn"): asked which one, only a venue of that kind answers.
     */
    public Map<List<String>, String> venueKinds() {
        return venueKinds;
    }

    /** Every way the lexicon writes {@code name} (as reports write it): the name and its abbreviations. */
    public List<String> formsOf(String name) {
        return nameForms.getOrDefault(name, List.of(name));
    }

    /** The tables as read, before they become phrase tables. */
    private static final class Tables {
        final List<String> reportSpeechVerbs = new ArrayList<>();
        final Map<Phrase, SpeechKind> speechVerbs = new LinkedHashMap<>();
        final Map<Phrase, String> titles = new LinkedHashMap<>();
        final Map<Phrase, String> names = new LinkedHashMap<>();
        final Map<Phrase, String> abbreviations = new LinkedHashMap<>();
        final Map<Phrase, String> shorthand = new LinkedHashMap<>();
        final Map<Phrase, String> paraphrases = new LinkedHashMap<>();
        final Map<String, List<String>> paraphraseClasses = new HashMap<>();
        final Map<Phrase, String> premises = new LinkedHashMap<>();
        final Map<String, List<String>> premiseForms = new HashMap<>();
        final Map<Phrase, String> seldomGiven = new LinkedHashMap<>();
        final Map<String, List<String>> seldomGivenForms = new HashMap<>();
        final Map<Phrase, String> questionCues = new LinkedHashMap<>();
        final Map<Phrase, String> agentNouns = new LinkedHashMap<>();
        final Map<Phrase, String> followUps = new LinkedHashMap<>();
        final Map<Phrase, ConferenceCue> conferenceCues = new LinkedHashMap<>();
        final Map<String, String> english = new HashMap<>();
        final Map<String, String> englishOfTables = new HashMap<>();
        final Set<String> englishMarkers = new java.util.HashSet<>();
        final Map<String, Boolean> surnames = new HashMap<>();
        final Map<Phrase, String> frame = new LinkedHashMap<>();
        final Map<String, List<String>> nameForms = new HashMap<>();
        final Set<String> places = new java.util.HashSet<>();
        final List<List<String>> placeHeads = new ArrayList<>();
        final Set<List<String>> totalRows = new java.util.HashSet<>();
        final Set<List<String>> howItWent = new java.util.HashSet<>();
        final Map<List<String>, String> venueKinds = new LinkedHashMap<>();
        final Map<String, String> writtenUnits = new HashMap<>();
        final List<String> seniority = new ArrayList<>();
        final Map<String, List<String>> titleGroups = new HashMap<>();
        final Set<String> sharedTitleShorthands = new HashSet<>();
        final Set<String> partsOfDay = new HashSet<>();
        final List<List<String>> commaCompounds = new ArrayList<>();
        final Map<String, List<String>> unitWords = new HashMap<>();
        final Map<Phrase, String> amountNouns = new LinkedHashMap<>();
        final Set<String> measureWords = new HashSet<>();
    }

    private static Lexicon load() {
        Tables t = new Tables();
        for (String[] row : rows("speech-verbs.tsv", 3)) {
            String verb = lower(row[0]);
            SpeechKind kind = SpeechKind.valueOf(row[1].strip().toUpperCase(Locale.ROOT));
            t.speechVerbs.put(Phrase.of(verb), kind);
            if (row[2].strip().equals("yes")) {
                t.reportSpeechVerbs.add(verb);
            }
            englishForms(row, 3).forEach(e -> t.englishOfTables.putIfAbsent(e, verb));
        }
        for (String[] row : rows("comma-compounds.tsv", 2)) {
            t.commaCompounds.add(List.of(lower(row[0]), lower(row[1])));
        }
        for (String[] row : rows("seniority.tsv", 1)) {
            t.seniority.add(VietnameseText.canonicalTones(lower(row[0])));
        }
        for (String[] row : rows("titles.tsv", 2)) {
            String title = lower(row[0]);
            t.titles.put(Phrase.of(title), title);
            for (String typed : list(row[1])) {
                String a = typed.startsWith("?") ? typed.substring(1) : typed;
                if (!a.equals(typed)) {
                    t.sharedTitleShorthands.add(VietnameseText.fold(a.replaceFirst("^[=^]+", "")));
                }
                t.titles.put(Phrase.of(a), title);
                t.abbreviations.put(Phrase.of(a), title);
            }
            englishForms(row, 2).forEach(e -> t.englishOfTables.putIfAbsent(e, title));
            if (row.length > 3) {
                t.titleGroups.put(title, list(row[3]).stream().map(Lexicon::lower).toList());
            }
        }
        for (String[] row : rows("names.tsv", 2)) {
            String name = VietnameseText.normalize(row[0].replace("^", ""));
            t.names.put(Phrase.of(row[0]), name);
            List<String> forms = t.nameForms.computeIfAbsent(name, k -> new ArrayList<>(List.of(name)));
            for (String a : list(row[1])) {
                // another spelling ("Mê-hi-cô" of "Mexico") names the place but is no shorthand to write out:
                // which spelling the reports use is for the reader to find
                boolean spelling = a.startsWith("~");
                String form = spelling ? a.substring(1) : a;
                forms.add(form.replaceFirst("^[=^]+", ""));
                t.names.put(Phrase.of(form), name);
                if (!spelling) {
                    t.abbreviations.put(Phrase.of(form), name);
                }
            }
            englishForms(row, 2).forEach(e -> t.englishOfTables.putIfAbsent(e, name));
            if (row.length > 3 && row[3].strip().equals("place")) {
                t.places.add(name);
            }
        }
        for (String[] row : rows("place-heads.tsv", 1)) {
            t.placeHeads.add(List.of(lower(row[0]).split("\\s+")));
        }
        for (String[] row : rows("total-rows.tsv", 1)) {
            t.totalRows.add(VietnameseText.foldedWords(lower(row[0])));
        }
        for (String[] row : rows("parts-of-day.tsv", 1)) {
            t.partsOfDay.add(VietnameseText.fold(row[0]));
        }
        for (String[] row : rows("how-it-went.tsv", 1)) {
            t.howItWent.add(VietnameseText.foldedWords(lower(row[0])));
        }
        for (String[] row : rows("venue-kinds.tsv", 1)) {
            t.venueKinds.put(VietnameseText.foldedWords(lower(row[0])), lower(row[0]));
        }
        for (String[] row : rows("shorthand.tsv", 2)) {
            t.shorthand.put(Phrase.of(row[0]), VietnameseText.normalize(row[1].strip())); // as written: "Việt Nam"
        }
        for (String[] row : rows("paraphrases.tsv", 1)) {
            List<String> forms = Arrays.stream(row[0].split("\\|")).map(Lexicon::lower).filter(f -> !f.isEmpty()).toList();
            String canonical = forms.getFirst();
            forms.forEach(f -> t.paraphrases.putIfAbsent(Phrase.of(f), canonical));
            t.paraphraseClasses.put(canonical, forms);
        }
        // "=hủy", "=thực đơn": only with its diacritics in a question ("phat huy" is no "hủy"); a report's form all the same
        readClasses("premises.tsv", t.premises, t.premiseForms, t.englishOfTables);
        readClasses("seldom-given.tsv", t.seldomGiven, t.seldomGivenForms, t.englishOfTables);
        for (String[] row : rows("questions.tsv", 2)) {
            (row[1].strip().equals("agent") ? t.agentNouns : t.questionCues).put(Phrase.of(lower(row[0])), row[1].strip());
        }
        for (String[] row : rows("followups.tsv", 2)) {
            t.followUps.put(Phrase.of(lower(row[0])), row[1].strip());
        }
        for (String[] row : rows("conferences.tsv", 3)) {
            t.conferenceCues.put(Phrase.of(lower(row[0])),
                    new ConferenceCue(ConferenceKind.valueOf(row[1].strip()), Integer.parseInt(row[2].strip())));
        }
        for (String[] row : rows("english.tsv", 2)) {
            t.english.put(lower(row[0]), VietnameseText.normalize(row[1].strip()));
            if (row.length > 2 && row[2].strip().equals("marker")) {
                t.englishMarkers.add(lower(row[0]));
            }
        }
        t.englishOfTables.forEach(t.english::putIfAbsent);
        for (String[] row : rows("units.tsv", 2)) {
            t.unitWords.put(VietnameseText.fold(row[0]), list(row[1]).stream().map(VietnameseText::fold).toList());
            java.util.stream.Stream.concat(java.util.stream.Stream.of(row[0].strip()), list(row[1]).stream()).map(Lexicon::lower)
                    .forEach(w -> t.writtenUnits.putIfAbsent(VietnameseText.fold(w), w));
            if (row.length > 2 && row[2].strip().equals("amount")) {
                t.amountNouns.put(Phrase.of(lower(row[0])), VietnameseText.fold(row[0]));
            }
            if (row.length > 2 && row[2].strip().equals("measure")) {
                t.measureWords.add(VietnameseText.fold(row[0]));
            }
        }
        for (String[] row : rows("frame.tsv", 2)) {
            t.frame.put(Phrase.of(lower(row[0])), row[1].strip());
        }
        for (String[] row : rows("surnames.tsv", 2)) {
            boolean strong = row[1].strip().equals("yes");
            t.surnames.put(lower(row[0]), strong);
            t.surnames.merge(VietnameseText.fold(row[0]), strong, Boolean::logicalOr);
        }
        return new Lexicon(t);
    }

    private static List<String> englishForms(String[] row, int column) {
        return row.length > column ? list(row[column]).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList() : List.of();
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String lower(String text) {
        return VietnameseText.normalize(text.strip()).toLowerCase(Locale.ROOT);
    }

    /** The rows of a table: tab-separated, comments (#) and blank lines skipped, at least {@code columns} cells. */
    /**
     * Reads a table of classes, one per line: its forms separated by " | " (a leading "=": only typed with
     * diacritics), each meaning the first, then its English forms after "||".
     */
    private static void readClasses(String file, Map<Phrase, String> phrases, Map<String, List<String>> classes,
                                    Map<String, String> english) {
        for (String[] row : rows(file, 1)) {
            String[] sides = row[0].split("\\|\\|");
            List<String> written = Arrays.stream(sides[0].split("\\|")).map(Lexicon::lower).filter(f -> !f.isEmpty()).toList();
            List<String> forms = written.stream().map(f -> f.startsWith("=") ? f.substring(1).strip() : f).toList();
            written.forEach(f -> phrases.put(Phrase.of(f), forms.getFirst()));
            classes.put(forms.getFirst(), forms);
            if (sides.length > 1) {
                Arrays.stream(sides[1].split("\\|")).map(Lexicon::lower).filter(e -> !e.isEmpty())
                        .forEach(e -> english.putIfAbsent(e, forms.getFirst()));
            }
        }
    }

    private static List<String[]> rows(String table, int columns) {
        String resource = "lexicon/" + table;
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the lexicon table " + resource + " is missing from the class path");
            }
            List<String[]> rows = new ArrayList<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < columns) {
                    throw new IllegalStateException(resource + " line " + (i + 1) + " has " + cells.length
                            + " cells, needs " + columns + ": " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon table " + resource, e);
        }
    }
}
