package vn.baocao.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.baocao.report.ReportInfo;

/**
 * Reads an HTML page with jsoup: the article's block elements become paragraphs, navigation and
 * page furniture are dropped, and the page's own metadata gives title, URL and date hints.
 *
 * <p>Hints are read before anything is removed, because sites often put the headline inside a
 * {@code <header>}. Elements are dropped by tag (script, nav, aside, …) and by class or id words
 * that name chrome (menu, sidebar, related, tin-khac, share, comment, breadcrumb, footer, …); what
 * survives still goes through the text cleaner, which knows Vietnamese chrome phrases.
 */
final class HtmlReader implements DocumentReader {
    private static final String DROPPED_TAGS =
            "script, style, noscript, template, nav, aside, form, iframe, svg, button, select, footer, figcaption";
    private static final Pattern CHROME_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(?:menu|sidebar|related|"
            + "tin-?khac|tin-?lien-?quan|share|sharing|social|comments?|breadcrumbs?|footer|banner|advert\\w*|ads?|"
            + "navbar|nav|widget|popup|modal|cookies?)(?:[\\s_-]|$)");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[-|–—]\\s+([^-|–—]{2,60})$");
    private static final Pattern SITE_WORDS = Pattern.compile("(?iu)\\.(?:vn|com|net|org)(?!\\p{L})"
            + "|(?<!\\p{L})(?:báo|tạp chí|cổng thông tin|điện tử|online|news|vov|vtv|ttxvn)(?!\\p{L})");
    private static final int MAX_AUTHOR = 80;
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    @Override
    public RawDocument read(String name, byte[] content) {
        TextLimits.checkSource(name, content.length); // a page has at most as many characters as bytes
        Document page = parse(name, content);
        String title = title(page);
        String url = firstNonBlank(page.select("link[rel=canonical]").attr("href"), meta(page, "og:url"));
        LocalDate date = date(page);
        Element root = Stream.of(page.selectFirst("article"), page.selectFirst("main"), page.body())
                .filter(Objects::nonNull).findFirst().orElseThrow();
        var credits = new ReportInfo.Credits(author(page), meta(page, "og:site_name"), "", null, "", "", photos(root));
        dropChrome(root);
        // the site's name printed as its logo or masthead is the page's, not the article's
        String site = credits.publisher();
        List<Block> blocks = HtmlBlocks.of(root).stream()
                .filter(b -> site.isEmpty() || !b.text().strip().equalsIgnoreCase(site)).toList();
        return new RawDocument(blocks, title, url, date, credits);
    }

    /** Whom the article's figure captions credit for its photos ("Ảnh: TTXVN"), joined by "; ". */
    private static String photos(Element root) {
        return root.select("figcaption").stream().map(Element::text).map(Captions::marked).flatMap(Optional::stream)
                .map(Captions.Caption::credit).filter(credit -> !credit.isEmpty()).distinct()
                .collect(Collectors.joining("; "));
    }

    /** The page's author: its meta tags, else the text of an element marked as the byline. */
    private static String author(Document page) {
        Element byline = page.selectFirst("[itemprop=author], .author, .byline, .article-author, .tac-gia");
        String marked = byline == null ? "" : byline.text();
        return firstNonBlank(meta(page, "author"), meta(page, "article:author"), marked.length() <= MAX_AUTHOR ? marked : "");
    }

    private static Document parse(String name, byte[] content) {
        try {
            // a null charset lets jsoup follow the BOM or <meta charset>, defaulting to UTF-8
            return Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException(name, "unreadable HTML (" + e.getMessage() + ")", e);
        }
    }

    private static String title(Document page) {
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? "" : h1.text();
        String siteName = meta(page, "og:site_name");
        return firstNonBlank(heading, withoutSiteName(meta(page, "og:title"), siteName),
                withoutSiteName(page.title(), siteName));
    }

    /** "Tiêu đề - Báo Quảng Trị" → "Tiêu đề"; a " - " that is part of the title ("Việt Nam - Nhật Bản") stays. */
    private static String withoutSiteName(String title, String siteName) {
        var suffix = SITE_SUFFIX.matcher(title.strip());
        if (suffix.find()) {
            String tail = suffix.group(1);
            if (tail.equalsIgnoreCase(siteName) || SITE_WORDS.matcher(tail).find()) {
                return title.strip().substring(0, suffix.start());
            }
        }
        return title;
    }

    private static LocalDate date(Document page) {
        return Stream.of(meta(page, "article:published_time"),
                        page.select("meta[itemprop=datePublished]").attr("content"),
                        page.select("time[datetime]").attr("datetime"))
                .map(String::strip)
                .filter(value -> ISO_DATE.matcher(value).find())
                .map(value -> parseDate(value.substring(0, 10)))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static LocalDate parseDate(String isoDate) {
        try {
            return LocalDate.parse(isoDate);
        } catch (DateTimeParseException e) {
            return null; // a malformed meta date is no date; the text may still give one
        }
    }

    private static void dropChrome(Element root) {
        root.select(DROPPED_TAGS).remove();
        // a <header> inside the article holds headline and lead; only page-level headers are chrome
        root.select("header").stream()
                .filter(header -> header.closest("article, main") == null)
                .forEach(Element::remove);
        root.getAllElements().stream()
                .filter(element -> element != root)
                .filter(element -> CHROME_CLASS.matcher(element.className()).find()
                        || CHROME_CLASS.matcher(element.id()).find())
                .forEach(Element::remove);
    }

    private static String meta(Document page, String property) {
        return firstNonBlank(page.select("meta[property=" + property + "]").attr("content"),
                page.select("meta[name=" + property + "]").attr("content"));
    }

    private static String firstNonBlank(String... values) {
        return Stream.of(values).filter(value -> value != null && !value.isBlank()).map(String::strip)
                .findFirst().orElse("");
    }
}
