package vn.baocao.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Passage;
import vn.baocao.report.Report;
import vn.baocao.report.ReportInfo;
import vn.baocao.text.VietnameseText;

/**
 * Turns a document as read into a {@link Report}: cleans it, finds headline, meeting, date held,
 * venue, URL and people, and cuts passages. Pure: no I/O.
 *
 * <p>The lead — the first paragraphs after the headline — is where a news report says what
 * happened, when and where; meeting, date and venue are looked for there (and in the headline), not
 * in the body, whose dates and meetings are usually other events.
 */
final class ReportAssembler {
    private static final int LEAD_PARAGRAPHS = 3;
    /** "B.T.V (Theo VGP)", "Hồng Nhung (TTXVN)": the author, and who published it; "(thực hiện)" names no one. */
    private static final Pattern CREDITED = Pattern.compile("(?iu)(.*?)\\s*\\((?:(?:theo|nguồn)\\s*:?\\s*)?([^)]+)\\)\\s*");
    /** What follows an author's name on a page's byline: " · Thứ Tư, 27/12/2017 11:45". */
    private static final Pattern BYLINE_TAIL = Pattern.compile("\\s*[·|]\\s*\\D*\\d.*$");

    private final Cleaner cleaner = new Cleaner();
    /**
     * How much of the headline and of each lead paragraph the extractors read. A lead states meeting,
     * date and place in its first sentences; reading a 100 KB paragraph whole would only let the
     * extractors' patterns run in quadratic time on text without separators.
     */
    private static final int LEAD_CHARS = 1_500;
    /** A numbered section's name on a line of its own: "1. Thông tin chung", "II. KẾT QUẢ", without a period after. */
    private static final Pattern SECTION_NAME =
            Pattern.compile(Prose.SECTION_NUMBER + "[^.]{1,60}");

    private final TitleExtractor titles = new TitleExtractor();
    private final ConferenceExtractor conferences = new ConferenceExtractor();
    private final DateResolver dates = new DateResolver();
    private final PlaceExtractor places = new PlaceExtractor();
    private final PassageSplitter splitter = new PassageSplitter();
    private final PeopleFinder peopleFinder = new PeopleFinder();
    private final StatementFinder statements = new StatementFinder();
    private final ParticipationFinder participations = new ParticipationFinder();

    /**
     * The report in {@code document}.
     *
     * @param id       the report's id
     * @param source   the path or name it was ingested from; replaced by the report's URL when it has one
     * @param read     what the reader produced
     * @throws IngestException naming {@code source} when no text is left after cleaning
     */
    Report assemble(String id, String source, RawDocument read) {
        // an official document's letterhead and signature block are metadata, never text to read
        RawDocument document = OfficialDocument.of(read.blocks()).map(official -> new RawDocument(official.body(),
                saysLess(read.titleHint(), official.title()) ? official.title() : read.titleHint(), read.urlHint(),
                read.dateHint() != null ? read.dateHint() : official.issued(),
                new ReportInfo.Credits(official.signer(), official.issuer(), official.number(), official.issued(),
                        official.addressee(), official.recipients())))
                .orElse(read);
        CleanDocument clean = cleaner.clean(document.blocks());
        if (clean.body().isEmpty()) {
            throw new IngestException(source, "no text left after removing site chrome, captions and bylines");
        }
        TitleExtractor.Titled titled = titles.extract(clean, document.titleHint());
        List<PassageSplitter.Split> split = splitter.passages(titled.body());
        List<String> texts = split.stream().map(PassageSplitter.Split::text).toList();
        if (texts.isEmpty()) {
            throw new IngestException(source, "no text besides the headline \"" + titled.title() + "\"");
        }
        String title = titled.title();
        List<String> lead = lead(titled.body(), title);
        Conference found = conferences.extract(clip(title), lead).orElse(null);
        LocalDate published = document.dateHint() != null ? document.dateHint() : clean.publishedDate();
        String url = document.urlHint().isEmpty() ? clean.url() : document.urlHint();
        ReportInfo.Credits credits = credits(document.credits(), clean);
        List<String> opening = titled.body().stream().filter(block -> !block.heading())
                .limit(PlaceExtractor.LABELLED_PARAGRAPHS).map(block -> clip(block.text())).toList();
        LocalDate date = dates.labelled(opening, published, found).orElseGet(() -> dates.resolve(clip(title), lead, published, found));
        var info = new ReportInfo(id, url.isEmpty() ? source : url, url, title, date, places.extract(opening),
                withPeriodYear(found, date), credits);
        PeopleFinder.People people = peopleFinder.find(title, texts);
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            passages.add(new Passage(info, i, texts.get(i), people.byPassage().get(i), split.get(i).section()));
        }
        Report report = new Report(info, people.all(), passages, Digests.sha256(title + "\n" + String.join("\n", texts)));
        MentionedSentences sentences = MentionedSentences.of(report);
        return report.withStatements(statements.find(sentences)).withParticipations(participations.find(sentences));
    }

    /**
     * Who wrote and published the report: what the format declares, else its byline ("B.T.V (Theo VGP)" is
     * B.T.V's, published by VGP) and the agency that tagged its lead; whom its photo captions credit; its view count.
     */
    private static ReportInfo.Credits credits(ReportInfo.Credits declared, CleanDocument clean) {
        String line = BYLINE_TAIL.matcher(clean.byline()).replaceFirst("");
        Matcher byline = CREDITED.matcher(line);
        String author = byline.matches() ? byline.group(1) : line;
        String via = byline.matches() && !byline.group(2).equalsIgnoreCase("thực hiện") ? byline.group(2) : "";
        return new ReportInfo.Credits(declared.author().isEmpty() ? author
                        : BYLINE_TAIL.matcher(declared.author()).replaceFirst(""),
                declared.publisher().isEmpty() ? (via.isEmpty() ? clean.agency() : via) : declared.publisher(),
                declared.number(), declared.issued(), declared.addressee(), declared.recipients(),
                declared.photos().isEmpty() ? clean.photos() : declared.photos(), clean.views());
    }

    /**
     * A meeting whose name gives no year reviews the year it is held in (a working session, a numbered conference),
     * except a year-end review held in the first half of a year, which reviews the year before ("tổng kết công tác
     * phòng, chống tham nhũng" held on 31/1/2024 reviews 2023).
     */
    private static Conference withPeriodYear(Conference conference, LocalDate held) {
        if (conference == null || conference.periodYear() > 0 || held == null) {
            return conference;
        }
        boolean ofTheYearBefore = conference.kind() == ConferenceKind.YEAR_END_REVIEW && held.getMonthValue() <= 6;
        return new Conference(conference.name(), conference.kind(), held.getYear() - (ofTheYearBefore ? 1 : 0),
                conference.ordinal());
    }

    /**
     * The first {@link #LEAD_PARAGRAPHS} paragraphs of prose, with the lines of who issued the document, where and
     * when, and the headline's copy before them: those say when it was written, and the meeting is told after them.
     */
    private static List<String> lead(List<Block> body, String title) {
        String headline = VietnameseText.fold(title);
        List<String> lead = new ArrayList<>();
        int told = 0;
        for (Block block : body) {
            if (told == LEAD_PARAGRAPHS) {
                break;
            }
            if (!isProse(block)) {
                continue;
            }
            lead.add(clip(block.text()));
            boolean before = TitleExtractor.isIssuersLine(block.text())
                    || headline.contains(VietnameseText.fold(block.text().strip().replaceAll("\\s+", " ")));
            told += before ? 0 : 1;
        }
        return List.copyOf(lead);
    }

    /**
     * True when {@code block} is a paragraph of the report's own prose, as a lead is: not a heading, a note in
     * brackets ("(Tài liệu do … biên soạn)") or a numbered section's name ("1. Thông tin chung").
     */
    private static boolean isProse(Block block) {
        String text = block.text().strip();
        return !block.heading() && !(text.startsWith("(") && text.endsWith(")"))
                && !SECTION_NAME.matcher(text).matches();
    }

    private static String clip(String text) {
        return text.length() <= LEAD_CHARS ? text : text.substring(0, LEAD_CHARS);
    }

    /**
     * True when a reader's title {@code hint} says no more than the official document's own {@code title}: none,
     * or only its kind ("BIÊN BẢN", a Word file's first heading, before "Biên bản buổi làm việc của …").
     */
    static boolean saysLess(String hint, String title) {
        String folded = VietnameseText.fold(hint).toLowerCase(Locale.ROOT).strip();
        return folded.isEmpty() || VietnameseText.fold(title).toLowerCase(Locale.ROOT).startsWith(folded);
    }
}
