package dev.corstck.tck.policy;

import java.util.Locale;
import java.util.Set;

/** The names scripts cannot set (fetch#forbidden-request-header): the browser owns them. */
final class ForbiddenRequestHeaders {

    private static final Set<String> NAMES = Set.of("accept-charset", "accept-encoding",
            "access-control-request-headers", "access-control-request-method", "connection", "content-length",
            "cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie",
            "te", "trailer", "transfer-encoding", "upgrade", "via");

    private ForbiddenRequestHeaders() {
    }

    static boolean contains(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-");
    }
}
