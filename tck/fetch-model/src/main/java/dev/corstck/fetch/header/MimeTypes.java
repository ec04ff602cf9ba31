package dev.corstck.fetch.header;

import java.util.Locale;
import java.util.Optional;

/** The essence part of the WHATWG "parse a MIME type" algorithm (see mimesniff#parse-a-mime-type). */
final class MimeTypes {

    private MimeTypes() {
    }

    /** The lowercase {@code type/subtype} essence, or empty when {@code value} does not parse. */
    static Optional<String> essence(String value) {
        String input = HttpWhitespace.strip(value);
        int slash = input.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String type = input.substring(0, slash);
        int semicolon = input.indexOf(';', slash + 1);
        String subtype = semicolon < 0 ? input.substring(slash + 1) : input.substring(slash + 1, semicolon);
        subtype = stripTrailingWhitespace(subtype);
        if (!HttpToken.isToken(type) || !HttpToken.isToken(subtype)) {
            return Optional.empty();
        }
        return Optional.of((type + "/" + subtype).toLowerCase(Locale.ROOT));
    }

    private static String stripTrailingWhitespace(String s) {
        int end = s.length();
        while (end > 0 && " \t\n\r".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
