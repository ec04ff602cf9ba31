package dev.corstck.fetch.header;

import dev.corstck.fetch.method.Methods;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The request headers script may not set: the browser owns them (see fetch#forbidden-request-header).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ForbiddenRequestHeaders {

    private static final Set<String> NAMES = Set.of("accept-charset", "accept-encoding",
            "access-control-request-headers", "access-control-request-method", "connection", "content-length",
            "cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie",
            "te", "trailer", "transfer-encoding", "upgrade", "via");
    private static final Set<String> METHOD_OVERRIDES = Set.of("x-http-method", "x-http-method-override",
            "x-method-override");

    private ForbiddenRequestHeaders() {
    }

    /** Answer whether {@code name} is forbidden whatever its value: the fixed list, {@code Proxy-*} or {@code Sec-*}. */
    public static boolean isForbiddenName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-");
    }

    /**
     * Answer whether the header {@code name: value} is forbidden: a forbidden name, or a method-override header that
     * names a forbidden method (see fetch#forbidden-request-header step 2).
     */
    public static boolean isForbidden(String name, String value) {
        if (isForbiddenName(name)) {
            return true;
        }
        if (METHOD_OVERRIDES.contains(name.toLowerCase(Locale.ROOT))) {
            for (String method : value.split(",")) {
                if (Methods.isForbidden(HttpWhitespace.strip(method))) {
                    return true;
                }
            }
        }
        return false;
    }
}
