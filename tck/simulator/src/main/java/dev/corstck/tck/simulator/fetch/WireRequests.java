package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.ArrayList;
import java.util.List;

/** Build the requests as they go on the wire: the CORS-preflight request and the actual request. */
final class WireRequests {

    /** The {@code User-Agent} the simulated browser sends, on preflights and actual requests alike. */
    static final String USER_AGENT = "cors-tck-simulator/0.1";

    private WireRequests() {
    }

    /**
     * The preflight: {@code OPTIONS} to the same URL with {@code Accept: *}{@code /*}, the method, the unsafe header
     * names lowercased, sorted and joined by a bare comma, the origin, and no credentials or script headers (see
     * fetch#cors-preflight-fetch-0 steps 1 to 5).
     */
    static RawRequest preflight(FetchState s, List<String> unsafeNames) {
        FetchUrl url = s.currentUrl();
        List<HeaderField> h = new ArrayList<>(8);
        h.add(new HeaderField("Host", url.hostHeader()));
        h.add(new HeaderField("Accept", "*/*"));
        h.add(new HeaderField("Access-Control-Request-Method", s.method));
        if (!unsafeNames.isEmpty()) {
            h.add(new HeaderField("Access-Control-Request-Headers", String.join(",", unsafeNames)));
        }
        h.add(new HeaderField("Origin", s.serializedOrigin()));
        h.add(new HeaderField("Sec-Fetch-Mode", "cors"));
        h.add(new HeaderField("User-Agent", USER_AGENT));
        return new RawRequest("OPTIONS", url.target(), new HeaderList(h), "");
    }

    /** The actual request: script headers, {@code Origin} when due, cookies when credentials are included. */
    static RawRequest actual(FetchState s, CookieJar jar) {
        FetchUrl url = s.currentUrl();
        List<HeaderField> h = new ArrayList<>(s.headers.size() + 5);
        h.add(new HeaderField("Host", url.hostHeader()));
        h.addAll(s.headers);
        originHeader(s).ifPresent(o -> h.add(new HeaderField("Origin", o)));
        h.add(new HeaderField("Sec-Fetch-Mode", s.input.mode().token()));
        h.add(new HeaderField("User-Agent", USER_AGENT));
        if (s.includesCredentials()) {
            jar.cookieHeader(url, s.origin().site()).ifPresent(c -> h.add(new HeaderField("Cookie", c)));
        }
        return new RawRequest(s.method, url.target(), new HeaderList(h), s.body.isPresent() ? s.body.text() : "");
    }

    /**
     * The {@code Origin} value, if one is appended: always for CORS tainting, otherwise for methods other than GET
     * and HEAD, {@code null} on an https-to-http downgrade under the default referrer policy (see
     * fetch#append-a-request-origin-header).
     */
    private static java.util.Optional<String> originHeader(FetchState s) {
        String serialized = s.serializedOrigin();
        if (s.tainting == Tainting.CORS) {
            return java.util.Optional.of(serialized);
        }
        if (s.method.equals("GET") || s.method.equals("HEAD")) {
            return java.util.Optional.empty();
        }
        boolean downgrade = s.origin() instanceof TupleOrigin t && t.scheme().equals("https")
                && !s.currentUrl().scheme().equals("https");
        return java.util.Optional.of(s.input.mode() != RequestMode.CORS && downgrade ? "null" : serialized);
    }
}
