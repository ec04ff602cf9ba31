package dev.corstck.reference.scenario;

import dev.corstck.fetch.header.SafelistedRequestHeaders;
import dev.corstck.fetch.method.Methods;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.reference.header.CorsHeaders;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The requests a browser puts on the wire for a scenario, reduced to what CORS looks at: the method (normalized),
 * {@code Origin}, the preflight's {@code Access-Control-Request-*} headers, and the headers script set.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BrowserRequests {

    private BrowserRequests() {
    }

    /** The first request on the wire: the preflight when the scenario expects one, else the actual request. */
    public static RawRequest first(Scenario s, String altOrigin) {
        return s.expected().traffic().hasPreflight() ? preflight(s, altOrigin) : actual(s, altOrigin);
    }

    /** The CORS-preflight request (see fetch#cors-preflight-fetch-0 steps 1 to 5). */
    public static RawRequest preflight(Scenario s, String altOrigin) {
        HeaderList.Builder headers = HeaderList.builder()
                .add("Accept", "*/*")
                .add(CorsHeaders.ORIGIN, s.pageOrigin())
                .add(CorsHeaders.REQUEST_METHOD, Methods.normalize(s.request().method()));
        List<String> unsafe = unsafeHeaderNames(s.request().headers());
        if (!unsafe.isEmpty()) {
            headers.add(CorsHeaders.REQUEST_HEADERS, String.join(",", unsafe));
        }
        return RawRequest.of("OPTIONS", s.request().path(altOrigin), headers.build());
    }

    /**
     * The actual request: {@code Origin} unless it is a no-cors {@code GET} or {@code HEAD} (see
     * fetch#append-a-request-origin-header).
     */
    public static RawRequest actual(Scenario s, String altOrigin) {
        String method = Methods.normalize(s.request().method());
        HeaderList.Builder headers = HeaderList.builder();
        boolean sendsOrigin = s.request().mode() == RequestMode.CORS || !(method.equals("GET") || method.equals("HEAD"));
        if (sendsOrigin) {
            headers.add(CorsHeaders.ORIGIN, s.pageOrigin());
        }
        headers.addAll(s.request().headers());
        return RawRequest.of(method, s.request().path(altOrigin), headers.build());
    }

    /** Answer whether a browser sends a preflight for this scenario with an empty preflight cache. */
    public static boolean needsPreflight(Scenario s) {
        String method = Methods.normalize(s.request().method());
        return s.request().mode() == RequestMode.CORS
                && (!Methods.isCorsSafelisted(method) || !unsafeHeaderNames(s.request().headers()).isEmpty());
    }

    /**
     * The script-set names that are not CORS-safelisted: lowercase, sorted, once each (see
     * fetch#cors-unsafe-request-header-names).
     */
    public static List<String> unsafeHeaderNames(HeaderList headers) {
        TreeSet<String> names = new TreeSet<>();
        for (HeaderField f : headers.fields()) {
            if (!SafelistedRequestHeaders.isCorsSafelisted(f.name(), f.value(), false)) {
                names.add(f.name().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }
}
