package vn.baocao.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.baocao.text.VietnameseText;

/**
 * Removes from a document everything that is not the article — site chrome, lists of other
 * articles, photo captions, datelines, bylines, source lines — and keeps what those lines say
 * (date, URL, a caption naming the article, how often the page had been read).
 *
 * <p>A transcript's turns are read first ({@link TranscriptTurns}): a speaker's label on a line of its own
 * belongs to the words below it, and a label said twice is no line printed twice.
 *
 * <p>Order matters: the "other articles" list is cut first (its own captions and leads would
 * otherwise be read as the article's), then each line is judged alone, then the edges are trimmed:
 * section labels before the headline, bylines and share buttons after the last paragraph. Finally
 * agency prefixes ("TTXVN - ", "(CLO) ") and the end marker "./." are taken off the prose.
 */
final class Cleaner {
    private static final int MIN_PROSE = 100;
    private static final int MAX_REPEATED = 300;
    /** A signature's mark: "(Đã ký)", "(Ký, ghi rõ họ tên)", "(ký và đóng dấu)". */
    private static final Pattern SIGNED = Pattern.compile("(?iu)\\((?:đã ký|ký)[^)]{0,40}\\)");
    /** One or two signers' names on a line: "Nguyễn Quốc Khánh Nông Thanh Tùng". */
    private static final Pattern SIGNERS = Pattern.compile("(?u)\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,7}");
    private static final int MAX_SIGNATURE_LINE = 120;

    /** The article part of {@code blocks}; never null, possibly with an empty body. */
    CleanDocument clean(List<Block> blocks) {
        List<Line> lines = withoutRelatedArticles(normalized(blocks));
        LocalDate published = null;
        String named = "";
        String url = "";
        String photoTitle = "";
        String agency = "";
        Set<String> photos = new LinkedHashSet<>();
        String views = "";
        List<Block> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean proseSeen = false;
        for (Line line : lines) {
            Block block = line.block();
            String text = block.text();
            // unmarked captions sit among the paragraphs; before the lead, a scene-like line is the headline
            boolean mayBeCaption = proseSeen && !block.heading();
            proseSeen |= text.length() >= MIN_PROSE;
            Optional<LocalDate> dateline = Datelines.date(text);
            Optional<String> source = SourceLine.url(text);
            Optional<Captions.Caption> caption = Captions.marked(text);
            views = views.isEmpty() ? ViewCounter.count(text).orElse("") : views;
            if (dateline.isPresent()) {
                published = published == null ? dateline.get() : published;
            } else if (source.isPresent()) {
                url = url.isEmpty() ? source.get() : url;
                named = named.isEmpty() ? SourceLine.publisher(text) : named;
            } else if (caption.isPresent()) {
                photoTitle = photoTitle.isEmpty() && caption.get().numbered() ? caption.get().text() : photoTitle;
                if (!caption.get().credit().isEmpty()) {
                    photos.add(caption.get().credit());
                }
            } else if (!Boilerplate.isChromeKey(line.key()) && !(mayBeCaption && Captions.isUnmarked(text))
                    && isFirstCopy(text, seen)) {
                agency = agency.isEmpty() ? Prose.agency(text) : agency;
                kept.add(block.withText(Prose.tidy(text)));
            }
        }
        // the agency that tagged the lead published it; else the paper its source line names
        return new CleanDocument(trimEdges(kept), published, url, photoTitle, byline(kept), agency.isEmpty() ? named : agency,
                String.join("; ", photos), views);
    }

    private static List<Block> normalized(List<Block> blocks) {
        return TranscriptTurns.read(blocks.stream()
                .map(block -> block.withText(VietnameseText.normalize(block.text())))
                .filter(block -> !block.text().isEmpty())
                .toList());
    }

    /**
     * The lines before the first "Tin khác"/"Tin liên quan"/… heading that follows some prose (the rest is
     * other articles), each with its key.
     */
    private static List<Line> withoutRelatedArticles(List<Block> blocks) {
        List<Line> lines = new ArrayList<>();
        boolean proseSeen = false;
        for (Block block : blocks) {
            String key = Boilerplate.key(block.text());
            if (proseSeen && Boilerplate.isRelatedArticlesKey(key)) {
                return lines;
            }
            lines.add(new Line(block, key));
            proseSeen |= block.text().length() >= MIN_PROSE;
        }
        return lines;
    }

    /** True the first time a short line is seen: a repeated short line is a caption printed twice. */
    private static boolean isFirstCopy(String text, Set<String> seen) {
        return text.length() > MAX_REPEATED || seen.add(text);
    }

    private static List<Block> trimEdges(List<Block> blocks) {
        int start = 0;
        while (start < blocks.size() && isSectionLabel(blocks.get(start))) {
            start++;
        }
        int end = blocks.size();
        while (end > start && isTrailer(blocks.get(end - 1).text())) {
            end--;
        }
        return blocks.subList(start, signatureStart(blocks, start, end));
    }

    /**
     * Where the signature block that ends a document starts ("ĐẠI DIỆN BỘ NGOẠI GIAO / TRƯỞNG ĐOÀN / (Đã ký) /
     * Nguyễn Quốc Khánh"), or {@code end} when it has none: offices in capitals, the signed marks and the
     * signers' names say who signed, which the minutes above already tell, and read as text they are noise.
     */
    private static int signatureStart(List<Block> blocks, int start, int end) {
        int at = end;
        boolean signed = false;
        while (at > start && isSignatureLine(blocks.get(at - 1).text())) {
            signed |= SIGNED.matcher(blocks.get(at - 1).text()).find();
            at--;
        }
        return signed ? at : end;
    }

    private static boolean isSignatureLine(String text) {
        return SIGNED.matcher(text).find() || text.length() <= MAX_SIGNATURE_LINE && Prose.inCapitals(text)
                || SIGNERS.matcher(text).matches();
    }

    /** The first byline among the lines after the last paragraph, where {@link #trimEdges} drops them. */
    private static String byline(List<Block> blocks) {
        String found = "";
        for (int end = blocks.size(); end > 0 && isTrailer(blocks.get(end - 1).text()); end--) {
            String text = blocks.get(end - 1).text();
            found = Boilerplate.isByline(text) && !Boilerplate.isChromeKey(Boilerplate.key(text)) ? text : found;
        }
        return found;
    }

    private static boolean isSectionLabel(Block block) {
        return !block.heading() && Boilerplate.isSectionLabel(block.text());
    }

    private static boolean isTrailer(String text) {
        return Boilerplate.isByline(text) || text.equals("./.") || text.equals(".");
    }

    /**
     * A line and its {@link Boilerplate#key}, folded once: the related-articles cut and the chrome test
     * both read it, and folding every line twice was a tenth of the cost of parsing.
     */
    private record Line(Block block, String key) {
    }
}
