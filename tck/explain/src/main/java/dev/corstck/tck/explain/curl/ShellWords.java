package dev.corstck.tck.explain.curl;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Split a POSIX shell command line into words, as {@code sh} does before running it: single quotes, double quotes
 * (where {@code \} escapes {@code $ ` " \} and newline), backslash escapes, {@code $'…'} ANSI-C quoting (which
 * DevTools' "Copy as cURL (bash)" writes for control characters), and backslash-newline continuations. No expansion is
 * done: {@code $HOME} stays as written. Maven Central has no maintained parser with these rules (commons-exec and
 * Ant's {@code Commandline} do not handle backslashes or {@code $'…'}), hence this small one.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShellWords {

    private ShellWords() {
    }

    /**
     * Split {@code line} into words.
     *
     * @throws IllegalArgumentException for an unterminated quote, naming where it opened
     */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '\\') {
                if (i + 1 < n && line.charAt(i + 1) == '\n') {
                    i += 2; // a line continuation
                    continue;
                }
                if (i + 2 < n && line.charAt(i + 1) == '\r' && line.charAt(i + 2) == '\n') {
                    i += 3;
                    continue;
                }
                if (i + 1 < n) {
                    word.append(line.charAt(i + 1));
                }
                inWord = true;
                i += 2;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw unterminated("single", i);
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '$' && i + 1 < n && line.charAt(i + 1) == '\'') {
                i = ansiC(line, i + 2, word);
                inWord = true;
            } else if (c == '"') {
                i = doubleQuoted(line, i, word);
                inWord = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int doubleQuoted(String line, int open, StringBuilder word) {
        int i = open + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                if (next == '\n') {
                    i += 2;
                    continue;
                }
                if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    word.append(next);
                    i += 2;
                    continue;
                }
            }
            word.append(c);
            i++;
        }
        throw unterminated("double", open);
    }

    private static int ansiC(String line, int start, StringBuilder word) {
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                return i + 1;
            }
            if (c != '\\' || i + 1 >= line.length()) {
                word.append(c);
                i++;
                continue;
            }
            char e = line.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'n' -> word.append('\n');
                case 't' -> word.append('\t');
                case 'r' -> word.append('\r');
                case 'a' -> word.append('\u0007');
                case 'b' -> word.append('\b');
                case 'e', 'E' -> word.append('\u001b');
                case 'f' -> word.append('\f');
                case 'v' -> word.append('\u000b');
                case 'x' -> i = hex(line, i, 2, word);
                case 'u' -> i = hex(line, i, 4, word);
                case 'U' -> i = hex(line, i, 8, word);
                default -> word.append(e); // \\ \' \" \? and anything else: the character itself
            }
        }
        throw unterminated("$'", start - 2);
    }

    private static int hex(String line, int i, int max, StringBuilder word) {
        int end = i;
        while (end < line.length() && end - i < max && Character.digit(line.charAt(end), 16) >= 0) {
            end++;
        }
        if (end == i) {
            word.append('\\').append(line.charAt(i - 1));
            return i;
        }
        word.appendCodePoint(Integer.parseInt(line.substring(i, end), 16));
        return end;
    }

    private static IllegalArgumentException unterminated(String kind, int at) {
        return new IllegalArgumentException("unterminated " + kind + " quote opened at character " + (at + 1));
    }
}
