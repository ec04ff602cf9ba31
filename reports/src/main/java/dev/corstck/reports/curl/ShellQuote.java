package dev.corstck.reports.curl;

import java.util.regex.Pattern;
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

    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuote() {
    }

    /** Return {@code word} as a single shell word. */
    public static String quote(String word) {
        if (BARE.matcher(word).matches()) {
            return word;
        }
        if (word.chars().anyMatch(ShellQuote::isControl)) {
            return ansiC(word);
        }
        return "'" + word.replace("'", "'\\''") + "'";
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
