package dev.corstck.reports.curl;

import org.apiguardian.api.API;

/**
 * Quote a string as one shell word for bash and zsh, so attacker-controlled header values stay inert when pasted.
 *
 * <p>Plain words stay bare; anything else is single-quoted ({@code '} written as {@code '\''}); a word holding
 * control characters (newline, tab, ESC, …) uses ANSI-C quoting ({@code $'…'}) with {@code \xHH} escapes, because a
 * literal control character in a pasted command is invisible or executes (a newline ends the command).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShellQuote {

    private ShellQuote() {
    }

    /** Return {@code word} as a single shell word. */
    public static String quote(String word) {
        // Loops, not a regex and a stream: every exchange of a report is quoted word by word in each format, on
        // the final write's path, where a cold regex engine is most of the cost.
        if (isBare(word)) {
            return word;
        }
        for (int i = 0; i < word.length(); i++) {
            if (isControl(word.charAt(i))) {
                return ansiC(word);
            }
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Whether {@code word} is non-empty and all of {@code [A-Za-z0-9_@%+=:,./-]}: safe unquoted. */
    private static boolean isBare(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "_@%+=:,./-".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029;
    }

    private static String ansiC(String word) {
        StringBuilder quoted = new StringBuilder(word.length() + 8).append("$'");
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '\'' -> quoted.append("\\'");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> appendEscapedIfControl(quoted, c);
            }
        }
        return quoted.append('\'').toString();
    }

    private static void appendEscapedIfControl(StringBuilder quoted, char c) {
        if (c < 0x20 || c == 0x7f) {
            quoted.append(String.format("\\x%02X", (int) c));
        } else if (isControl(c)) {
            quoted.append(String.format("\\u%04X", (int) c));
        } else {
            quoted.append(c);
        }
    }
}
