package dev.corstck.tck.probe;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Build requests shaped like the ones Chromium sends for {@code fetch()} in cors mode: same header names, order and
 * value forms, so a target sees what it would see from a browser. {@code Accept-Encoding} is left out on purpose:
 * the prober keeps bodies as evidence and does not decompress.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BrowserRequests {

    /** The {@code User-Agent} sent unless the caller gives one. */
    public static final String USER_AGENT = "Mozilla/5.0 (cors-tck wire probe; browser-shaped)";

    private BrowserRequests() {
    }

    /**
     * Build a CORS-preflight request for {@code method} with the script-set header names {@code headerNames}, as
     * fetch#cors-preflight-fetch-0 does: {@code Accept: *}{@code /*}, the method, and the names lowercased, sorted
     * and comma-joined without spaces (omitted when empty).
     */
    public static RawRequest preflight(String target, String origin, String method, Collection<String> headerNames) {
        List<HeaderField> fields = new ArrayList<>();
        fields.add(new HeaderField("Connection", "keep-alive"));
        fields.add(new HeaderField("Accept", "*/*"));
        fields.add(new HeaderField("Access-Control-Request-Method", method));
        if (!headerNames.isEmpty()) {
            fields.add(new HeaderField("Access-Control-Request-Headers", sortedLowercase(headerNames)));
        }
        fields.add(new HeaderField("Origin", origin));
        addFetchMetadata(fields);
        return RawRequest.of("OPTIONS", target, new HeaderList(fields));
    }

    /**
     * Build an actual (non-preflight) cors-mode request from {@code origin}, with the script-set {@code headers}
     * in their given order and an optional body.
     */
    public static RawRequest actual(String method, String target, String origin, HeaderList headers, String body) {
        List<HeaderField> fields = new ArrayList<>();
        fields.add(new HeaderField("Connection", "keep-alive"));
        if (!headers.contains("Accept")) {
            fields.add(new HeaderField("Accept", "*/*"));
        }
        fields.addAll(headers.fields());
        fields.add(new HeaderField("Origin", origin));
        addFetchMetadata(fields);
        return new RawRequest(method, target, new HeaderList(fields), body);
    }

    /** Build a request without {@code Origin}, as a same-origin GET, a health check or curl would send. */
    public static RawRequest withoutOrigin(String method, String target) {
        return RawRequest.of(method, target, HeaderList.of("Connection", "keep-alive", "Accept", "*/*",
                "User-Agent", USER_AGENT));
    }

    /** Convert header names as fetch#convert-header-names-to-a-sorted-lowercase-set does, joined by commas. */
    public static String sortedLowercase(Collection<String> names) {
        TreeSet<String> set = new TreeSet<>();
        names.forEach(n -> set.add(n.toLowerCase(Locale.ROOT)));
        return String.join(",", set);
    }

    private static void addFetchMetadata(List<HeaderField> fields) {
        fields.add(new HeaderField("User-Agent", USER_AGENT));
        fields.add(new HeaderField("Sec-Fetch-Mode", "cors"));
        fields.add(new HeaderField("Sec-Fetch-Site", "cross-site"));
        fields.add(new HeaderField("Sec-Fetch-Dest", "empty"));
    }
}
