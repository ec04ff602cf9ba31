package dev.corstck.tck.simulator.differential;

import static dev.corstck.tck.simulator.differential.Dsl.*;

import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.PreflightUse;
import java.util.ArrayList;
import java.util.List;

/** Safelisted, unsafe and forbidden request headers (R-REQHDR-01…07, R-FORBID-01). */
final class RequestHeaderGroup {

    private static final String G = "request-header";

    /** name, value, safe under the spec, safe in Chromium. */
    private record H(String id, String name, String value, boolean spec, boolean chromium) {
    }

    private static H h(String id, String name, String value, boolean safe) {
        return new H(id, name, value, safe, safe);
    }

    private static final List<H> HEADERS = List.of(
            h("accept-json", "Accept", "application/json", true),
            h("accept-128", "Accept", "a".repeat(128), true),
            h("accept-129", "Accept", "a".repeat(129), false),
            h("accept-quote", "Accept", "\"", false),
            h("accept-at", "Accept", "a@b", false),
            h("accept-brace", "Accept", "{}", false),
            h("accept-comma-semicolon", "Accept", "text/html,a/b;q=1", true),
            h("accept-language-fr", "Accept-Language", "fr", true),
            h("accept-language-q", "Accept-Language", "en-US,en;q=0.9", true),
            h("accept-language-at", "Accept-Language", "fr@x", false),
            h("accept-language-control", "Accept-Language", "\u0001", false),
            h("content-language-de", "Content-Language", "de", true),
            h("content-language-slash", "Content-Language", "de/at", false),
            h("content-type-text-plain", "Content-Type", "text/plain", true),
            h("content-type-mixed-case", "Content-Type", "Text/Plain;charset=utf-8", true),
            h("content-type-garbage-param", "Content-Type", "text/plain;garbage", true),
            h("content-type-form", "Content-Type", "application/x-www-form-urlencoded", true),
            h("content-type-multipart", "Content-Type", "multipart/form-data", true),
            h("content-type-json", "Content-Type", "application/json", false),
            h("content-type-html", "Content-Type", "text/html", false),
            h("content-type-space", "Content-Type", "text /plain", false),
            h("content-type-list", "Content-Type", "text/plain,text/plain", false),
            h("content-type-leading-comma", "Content-Type", ",text/plain", false),
            h("content-type-missing-x", "Content-Type", "application/www-form-urlencoded", false),
            h("content-type-quote-byte", "Content-Type", "multipart/form-data;\"", false),
            h("content-type-vertical-tab", "Content-Type", "text/plain;\u000b", false),
            h("range-start", "Range", "bytes=200-", true),
            h("range-start-end", "Range", "bytes=100-200", true),
            h("range-suffix", "Range", "bytes=-200", false),
            h("range-reversed", "Range", "bytes=200-100", false),
            h("range-multi", "Range", "bytes=1-2,3-4", false),
            h("range-space", "Range", "bytes = 1-2", false),
            h("last-event-id", "Last-Event-ID", "1", false),
            h("authorization", "Authorization", "Bearer t", false),
            h("x-requested-with", "X-Requested-With", "XMLHttpRequest", false),
            h("x-custom", "X-Custom", "1", false),
            h("method-override-put", "X-HTTP-Method-Override", "PUT", false),
            new H("save-data-on", "Save-Data", "on", false, true),
            new H("dpr", "DPR", "2", false, true),
            new H("viewport-width", "Viewport-Width", "800", false, true),
            new H("ect-4g", "ECT", "4g", false, true));

    private static final List<String> FORBIDDEN = List.of("Accept-Charset", "Accept-Encoding",
            "Access-Control-Request-Headers", "Access-Control-Request-Method", "Connection", "Content-Length", "Cookie",
            "Cookie2", "Date", "DNT", "Expect", "Host", "Keep-Alive", "Origin", "Referer", "Set-Cookie", "TE",
            "Trailer", "Transfer-Encoding", "Upgrade", "Via", "Proxy-Foo", "Sec-Foo");

    private RequestHeaderGroup() {
    }

    static List<DifferentialScenario> scenarios() {
        List<DifferentialScenario> out = new ArrayList<>();
        for (H h : HEADERS) {
            FetchRequest r = get().withHeader(h.name(), h.value());
            Dsl.Row permissive = row(G, h.id() + "-permissive", r, at(permissive()), corsOk(h.spec() ? NO : PF));
            Dsl.Row simple = row(G, h.id() + "-simple-only", r, at(simpleOnly()), h.spec() ? corsOk(NO) : error(PF));
            if (h.chromium() != h.spec()) {
                permissive.engine(Engine.CHROMIUM, corsOk(NO));
                simple.engine(Engine.CHROMIUM, corsOk(NO));
            }
            out.add(permissive.build());
            out.add(simple.build());
        }
        for (String name : FORBIDDEN) {
            out.add(row(G, "forbidden-" + name.toLowerCase(java.util.Locale.ROOT) + "-dropped",
                    get().withHeader(name, "1"), at(simpleOnly()), corsOk(NO)).build());
        }
        FetchRequest nine = get();
        for (int i = 0; i < 9; i++) {
            nine = nine.withHeader("Accept", "a".repeat(120));
        }
        // Firefox checks each value's 128 bytes, not the 1024-byte total: no preflight, and the simple GET is readable.
        out.add(row(G, "safelisted-total-over-1024", nine, at(simpleOnly()), error(PF))
                .engine(Engine.FIREFOX, corsOk(PreflightUse.NO_PREFLIGHT)).build());
        FetchRequest twoTypes = get().withHeader("Content-Type", "text/plain").withHeader("Content-Type", "text/plain");
        out.add(row(G, "two-content-type-entries", twoTypes, at(simpleOnly()), error(PF))
                .engine(Engine.FIREFOX, corsOk(PreflightUse.NO_PREFLIGHT)).build());
        out.add(row(G, "many-unsafe-sorted", get().withHeader("X-B", "1").withHeader("x-a", "2")
                .withHeader("Content-Type", "application/json"), at(permissive()), corsOk(PF)).build());
        return out;
    }
}
