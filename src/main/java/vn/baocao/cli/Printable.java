package vn.baocao.cli;

/** Text from outside — a file name — made safe for one line of a terminal: control characters shown escaped. */
final class Printable {
    private Printable() {
    }

    /** {@code text} with line breaks, tabs and other control characters written as {@code \n}, {@code \t}, {@code \u001b}. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
