package dev.corstck.tck.simulator.fetch;

/** The HTTP {@code token} grammar used for methods and header names (see RFC 9110 §5.6.2). */
final class Tokens {

    private static final boolean[] TCHAR = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TCHAR[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TCHAR[c] = true;
            TCHAR[c - 32] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TCHAR[c] = true;
        }
    }

    private Tokens() {
    }

    /** Answer whether {@code s} is a non-empty token. */
    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || !TCHAR[c]) {
                return false;
            }
        }
        return true;
    }

    /** Strip leading and trailing HTTP whitespace: tab, LF, CR, space (see fetch#http-whitespace). */
    static String stripHttpWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isHttpWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isHttpWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isHttpWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
