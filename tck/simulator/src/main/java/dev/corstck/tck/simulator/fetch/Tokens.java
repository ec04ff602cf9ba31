package dev.corstck.tck.simulator.fetch;

import dev.corstck.reference.header.HttpToken;
import dev.corstck.reference.header.HttpWhitespace;

/** The HTTP {@code token} grammar used for methods and header names, and HTTP whitespace (see fetch#http-whitespace). */
final class Tokens {

    private Tokens() {
    }

    /** Answer whether {@code s} is a non-empty token (RFC 9110 §5.6.2; one grammar with the reference implementation). */
    static boolean isToken(String s) {
        return HttpToken.isToken(s);
    }

    /** Strip leading and trailing HTTP whitespace: tab, LF, CR, space (see fetch#concept-header-value-normalize). */
    static String stripHttpWhitespace(String s) {
        return HttpWhitespace.strip(s);
    }
}
