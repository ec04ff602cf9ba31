package dev.corstck.fetch.origin;

import java.util.Optional;

/**
 * Splits origin text into scheme, host and port. Precondition for every method: the argument is not null.
 * Grammar: {@code serialized-origin = scheme "://" host [ ":" port ]} (see fetch#origin-header).
 */
final class OriginSyntax {

    private OriginSyntax() {
    }

    static OriginParse parse(String text) {
        if (text.length() > TupleOrigin.MAX_LENGTH) {
            return invalid("is longer than " + TupleOrigin.MAX_LENGTH + " characters; no browser sends such an origin");
        }
        if (text.equals("null")) {
            return invalid("'null' is the opaque origin, not a tuple origin; allow it with dangerouslyAllowNullOrigin");
        }
        int sep = text.indexOf("://");
        if (sep <= 0) {
            return invalid("'" + text + "' has no scheme; write scheme://host[:port], e.g. https://" + text);
        }
        String scheme = text.substring(0, sep).toLowerCase(java.util.Locale.ROOT);
        if (!isScheme(scheme)) {
            return invalid("'" + text + "' has an invalid scheme '" + text.substring(0, sep) + "'");
        }
        String rest = text.substring(sep + 3);
        Optional<String> shapeProblem = shapeProblem(text, rest);
        if (shapeProblem.isPresent()) {
            return invalid(shapeProblem.get());
        }
        return hostAndPort(text, scheme, rest);
    }

    private static Optional<String> shapeProblem(String text, String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c < 0x20 || c == 0x7f) {
                return Optional.of("'" + text.strip() + "' contains whitespace or a control character; remove it");
            }
        }
        if (rest.endsWith("/") && rest.indexOf('/') == rest.length() - 1 && rest.indexOf('?') < 0) {
            return Optional.of("'" + text + "' has a trailing slash; an origin has no path: write '"
                    + text.substring(0, text.length() - 1) + "'");
        }
        if (rest.indexOf('/') >= 0 || rest.indexOf('?') >= 0 || rest.indexOf('#') >= 0) {
            return Optional.of("'" + text + "' has a path, query or fragment; an origin is only scheme://host[:port]");
        }
        if (rest.indexOf('@') >= 0) {
            return Optional.of("'" + text + "' has user info before '@'; browsers never send it: write only the host");
        }
        return Optional.empty();
    }

    private static OriginParse hostAndPort(String text, String scheme, String rest) {
        String hostText = rest;
        String portText = null;
        int colon = rest.startsWith("[") ? rest.indexOf(':', Math.max(rest.indexOf(']'), 0)) : rest.lastIndexOf(':');
        if (colon >= 0) {
            hostText = rest.substring(0, colon);
            portText = rest.substring(colon + 1);
        }
        Optional<String> host = Hosts.canonical(hostText);
        if (host.isEmpty()) {
            return invalid("'" + text + "' has an invalid host '" + hostText + "'; use a domain name, four decimal"
                    + " IPv4 numbers, or an IPv6 address in brackets");
        }
        int port = TupleOrigin.DEFAULT_PORT;
        if (portText != null) {
            port = parsePort(portText);
            if (port < 0) {
                return invalid("'" + text + "' has an invalid port '" + portText + "'; use 0 to 65535");
            }
        }
        return new OriginParse.Parsed(new TupleOrigin(scheme, host.get(), port));
    }

    /** Parse a decimal port of at most five digits; -1 when it is not one. */
    static int parsePort(String text) {
        if (text.isEmpty() || text.length() > 5) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 65_535 ? value : -1;
    }

    static boolean isScheme(String scheme) {
        if (scheme.isEmpty() || scheme.charAt(0) < 'a' || scheme.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean isVisibleAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static OriginParse invalid(String problem) {
        return new OriginParse.Invalid(problem);
    }
}
