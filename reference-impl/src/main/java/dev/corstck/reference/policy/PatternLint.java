package dev.corstck.reference.policy;

import java.util.Optional;

/** Lints for origin regular expressions: the mistakes that let look-alike origins through. */
final class PatternLint {

    private PatternLint() {
    }

    /**
     * Find an unescaped {@code .} that stands for exactly one character (not inside {@code [...]}, not followed by a
     * quantifier): in an origin pattern it nearly always meant a literal dot.
     */
    static Optional<String> unescapedDot(String regex) {
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '.' && !inClass && !isQuantifier(regex, i + 1)) {
                return Optional.of("in '" + regex + "' the '.' at index " + i + " matches any character, so"
                        + " 'https://app.myapp.com' would also allow 'https://appxmyapp.com'; write '\\.' for a"
                        + " literal dot, or use {wildcard: https://*.myapp.com}");
            }
        }
        return Optional.empty();
    }

    /** Answer whether an origin pattern can match a plain-http origin, judged from its scheme part. */
    static boolean mayMatchHttp(String regex) {
        String body = regex.startsWith("^") ? regex.substring(1) : regex;
        return body.startsWith("http:") || body.startsWith("http\\:") || body.startsWith("https?")
                || body.startsWith("(http|https)") || body.startsWith("(https|http)") || body.startsWith("http(s)?")
                || body.startsWith(".*") || body.startsWith("[a-z]");
    }

    private static boolean isQuantifier(String regex, int index) {
        if (index >= regex.length()) {
            return false;
        }
        char next = regex.charAt(index);
        return next == '*' || next == '+' || next == '?' || next == '{';
    }
}
