package dev.corstck.tck.simulator.fetch;

import dev.corstck.reference.header.HttpToken;

/** The HTTP {@code token} grammar used for methods and header names, and HTTP whitespace (see fetch#http-whitespace). */
final class Tokens {

    private Tokens() {
    }

    /** Answer whether {@code s} is a non-empty token (RFC 9110 §5.6.2; one grammar with the reference implementation). */
    static boolean isToken(String s) {
        return HttpToken.isToken(s);
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
