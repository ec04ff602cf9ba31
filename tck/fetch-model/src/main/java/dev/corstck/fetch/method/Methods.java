package dev.corstck.fetch.method;

import dev.corstck.fetch.header.HttpToken;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Facts about request methods that CORS depends on. Methods compare case-sensitively (see fetch#concept-method).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Methods {

    private static final Set<String> SAFELISTED = Set.of("GET", "HEAD", "POST");
    private static final Set<String> NORMALIZED = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");
    private static final Set<String> FORBIDDEN = Set.of("CONNECT", "TRACE", "TRACK");

    private Methods() {
    }

    /** Answer whether {@code method} is a method token (see fetch#concept-method). */
    public static boolean isMethod(String method) {
        return HttpToken.isToken(method);
    }

    /** Answer whether {@code method} is GET, HEAD or POST, case-sensitively (see fetch#cors-safelisted-method). */
    public static boolean isCorsSafelisted(String method) {
        return SAFELISTED.contains(method);
    }

    /** Answer whether scripts may never use {@code method}: CONNECT, TRACE, TRACK (see fetch#forbidden-method). */
    public static boolean isForbidden(String method) {
        return FORBIDDEN.contains(method.toUpperCase(Locale.ROOT));
    }

    /** Uppercase {@code method} if it is one of the six names browsers normalize (see fetch#concept-method-normalize). */
    public static String normalize(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return NORMALIZED.contains(upper) ? upper : method;
    }
}
