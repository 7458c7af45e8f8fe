package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the people a text names and the titles it uses alone.
 *
 * <p>A person is named with a title before the name ("Bộ trưởng Ngoại giao Bùi Thanh Sơn"; titles
 * joined by commas belong together: "Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Ngoại giao
 * Phạm Bình Minh"), with titles after it ("đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ
 * tướng Chính phủ"), or with an honorific only ("đồng chí", "ông", "bà"). A bare title is an office
 * that names nobody ("Bộ trưởng đề nghị…"), outside every such mention and not plural ("các Bộ
 * trưởng").
 */
final class Mentions {
    private static final int MAX_TITLE_TOKENS = 14;
    private static final Set<String> HONORIFICS = Set.of("ông", "bà", "ngài");
    private static final Set<String> PLURALS = Set.of("các", "những", "nhiều", "mọi", "hai", "ba", "bốn", "một");

    private Mentions() {
    }

    /** A person named in a text: their name, the titles next to it, and the span of both. */
    record Named(String name, List<RoleTitle> titles, int start, int end) {
    }

    /** An office used without a name, at {@code start}. */
    record Bare(RoleTitle title, int start) {
    }

    /** The people {@code text} names, in order. */
    static List<Named> named(String text) {
        return named(text, Token.of(text));
    }

    /** The people {@code text}, whose tokens are {@code tokens}, names, in order. */
    static List<Named> named(String text, List<Token> tokens) {
        List<Named> found = new ArrayList<>();
        int runStart = -1;
        // the titles a plural names a list by ("các Thứ trưởng X, Y và Z") and the token after the list so far
        List<RoleTitle> listed = List.of();
        int listEnd = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean inRun = i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).isCapitalised();
            // a name never runs on to the next line: "… Đặng Hoàng Phúc\nĐiều phối: …"
            boolean newLine = inRun && runStart >= 0 && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf('\n') >= 0;
            if ((!inRun || newLine) && runStart >= 0) {
                int nameStart = Names.startWithin(tokens, runStart, i);
                Optional<Named> named = nameStart < 0 ? Optional.empty() : named(text, tokens, nameStart, i, found);
                if (named.isPresent()) {
                    found.add(named.get());
                    listed = pluralTitleAt(tokens, named.get()) ? named.get().titles() : List.of();
                    listEnd = i;
                } else if (nameStart >= 0 && !listed.isEmpty() && nameStart == listEnd + 1 && joinsAList(tokens.get(listEnd))) {
                    found.add(new Named(text.substring(tokens.get(nameStart).start(), tokens.get(i - 1).end()), listed,
                            tokens.get(nameStart).start(), tokens.get(i - 1).end()));
                    listEnd = i;
                } else {
                    listed = List.of();
                }
                runStart = -1;
            }
            if (inRun && runStart < 0) {
                runStart = i;
            }
        }
        return found;
    }

    /** True when the titles of {@code named} follow a plural ("các Thứ trưởng"): they title a list of names. */
    private static boolean pluralTitleAt(List<Token> tokens, Named named) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == named.start()) {
                return PLURALS.contains(tokens.get(i - 1).lower());
            }
        }
        return false;
    }

    /** True when {@code token} joins the next name to a list: a comma or "và". */
    private static boolean joinsAList(Token token) {
        return token.text().equals(",") || token.lower().equals("và");
    }

    /** The offices {@code text}, whose tokens are {@code tokens}, uses without a name, given the people it names. */
    static List<Bare> bare(String text, List<Token> tokens, List<Named> named) {
        List<Bare> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int office = Roles.officeAt(tokens, i);
            if (office == 0 || insideAny(tokens.get(i).start(), named)) {
                continue;
            }
            int end = Roles.qualifierEnd(tokens, i + office);
            if (i == 0 || !PLURALS.contains(tokens.get(i - 1).lower())) {
                found.add(new Bare(Roles.title(text, tokens, i, end), tokens.get(i).start()));
            }
            i = end - 1;
        }
        return found;
    }

    private static Optional<Named> named(String text, List<Token> tokens, int nameStart, int nameEnd, List<Named> earlier) {
        String name = text.substring(tokens.get(nameStart).start(), tokens.get(nameEnd - 1).end());
        List<RoleTitle> before = new ArrayList<>();
        int start = titlesBefore(text, tokens, nameStart, before, earlier);
        if (!before.isEmpty()) {
            return Optional.of(new Named(name, before, tokens.get(start).start(), tokens.get(nameEnd - 1).end()));
        }
        List<RoleTitle> after = new ArrayList<>();
        int end = titlesAfter(text, tokens, nameEnd, after);
        if (!after.isEmpty()) {
            return Optional.of(new Named(name, after, tokens.get(nameStart).start(), tokens.get(end - 1).end()));
        }
        int honorific = honorificBefore(tokens, nameStart);
        if (honorific >= 0) {
            int honorificStart = tokens.get(honorific).start();
            return Optional.of(new Named(name, List.of(), honorificStart, tokens.get(nameEnd - 1).end()));
        }
        return Optional.empty();
    }

    /**
     * Adds the titles ending right before {@code end} to {@code titles}; returns the index where they start. A
     * comma after a name already found ({@code earlier}) ends them: "… Bùi Thanh Sơn, Đại sứ … Phan Thị Lan
     * Anh" lists two people, and the first one's titles are not the second's.
     */
    private static int titlesBefore(String text, List<Token> tokens, int end, List<RoleTitle> titles, List<Named> earlier) {
        int first = end;
        int titleEnd = end;
        int start = titleEndingAt(text, tokens, titleEnd);
        while (start >= 0) {
            titles.add(0, Roles.title(text, tokens, start, titleEnd));
            first = start;
            boolean afterComma = start >= 2 && tokens.get(start - 1).text().equals(",")
                    && !endsAName(tokens.get(start - 2).end(), earlier);
            titleEnd = start - 1;
            start = afterComma ? titleEndingAt(text, tokens, titleEnd) : -1;
        }
        return first;
    }

    private static boolean endsAName(int offset, List<Named> earlier) {
        return earlier.stream().anyMatch(person -> person.end() == offset);
    }

    /** The leftmost index where an office starts whose title runs exactly up to {@code end}, or -1. */
    private static int titleEndingAt(String text, List<Token> tokens, int end) {
        int best = -1;
        // a dash joins two names inside a title ("Vụ Tây Á - Châu Phi"); one right before the name ends no title
        for (int i = end - 1; i >= Math.max(0, end - MAX_TITLE_TOKENS)
                && (tokens.get(i).isWord() || i < end - 1 && (Roles.joinsTwoNames(tokens, i) || Roles.inAForeignName(tokens, i))); i--) {
            if (i + 1 < end && text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).indexOf('\n') >= 0) {
                break; // a heading's words are not the title of the name in the paragraph under it
            }
            int office = Roles.officeAt(tokens, i);
            if (office > 0 && i + office <= end && Roles.allQualifiers(tokens, i + office, end)) {
                best = i;
            }
        }
        return best;
    }

    /** Adds the ", title, title" apposition after a name to {@code titles}; returns the index after it. */
    private static int titlesAfter(String text, List<Token> tokens, int nameEnd, List<RoleTitle> titles) {
        int end = nameEnd;
        while (end + 1 < tokens.size() && tokens.get(end).text().equals(",") && Roles.officeAt(tokens, end + 1) > 0) {
            int start = end + 1;
            int titleEnd = Roles.qualifierEnd(tokens, start + Roles.officeAt(tokens, start));
            titles.add(Roles.title(text, tokens, start, titleEnd));
            end = titleEnd;
        }
        return end;
    }

    private static int honorificBefore(List<Token> tokens, int nameStart) {
        if (nameStart >= 1 && HONORIFICS.contains(tokens.get(nameStart - 1).lower())) {
            return nameStart - 1;
        }
        boolean comrade = nameStart >= 2 && tokens.get(nameStart - 2).is("đồng") && tokens.get(nameStart - 1).is("chí");
        return comrade ? nameStart - 2 : -1;
    }

    private static boolean insideAny(int offset, List<Named> named) {
        return named.stream().anyMatch(person -> offset >= person.start() && offset < person.end());
    }
}
