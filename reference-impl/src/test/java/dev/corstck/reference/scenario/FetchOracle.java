package dev.corstck.reference.scenario;

import dev.corstck.fetch.method.Methods;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.reference.header.CorsHeaders;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reference.server.ReferenceResponder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A deliberately small model of a browser's fetch (preflight, CORS check, redirects) used only to check that the
 * table's outcome column agrees with the responses the reference server gives. The real model is the simulator.
 */
final class FetchOracle {

    record Result(BrowserOutcome outcome, WireTraffic traffic) {
    }

    private FetchOracle() {
    }

    static Result run(Scenario s, ReferenceResponder server, String alt) {
        boolean include = s.request().credentials() == CredentialsMode.INCLUDE;
        if (s.request().mode() == RequestMode.NO_CORS) {
            server.handle(BrowserRequests.actual(s, alt));
            return new Result(BrowserOutcome.OPAQUE, WireTraffic.NO_PREFLIGHT);
        }
        WireTraffic traffic = WireTraffic.NO_PREFLIGHT;
        if (BrowserRequests.needsPreflight(s)) {
            RawResponse preflight = server.handle(BrowserRequests.preflight(s, alt));
            if (!preflightPasses(s, preflight, include)) {
                return new Result(BrowserOutcome.NETWORK_ERROR, WireTraffic.PREFLIGHT_ONLY);
            }
            traffic = WireTraffic.PREFLIGHT_THEN_ACTUAL;
        }
        RawRequest request = BrowserRequests.actual(s, alt);
        String origin = s.pageOrigin();
        for (int hop = 0; hop < 5; hop++) {
            RawResponse response = server.handle(request);
            if (!corsCheck(response, origin, include)) {
                return new Result(BrowserOutcome.NETWORK_ERROR, traffic);
            }
            Optional<String> location = response.headers().first("Location");
            if (!response.isRedirect() || location.isEmpty()) {
                return new Result(hidden(s, response, include) ? BrowserOutcome.HEADER_HIDDEN : BrowserOutcome.CORS_OK,
                        traffic);
            }
            String next = location.get();
            if (next.startsWith(alt)) {
                origin = "null";   // a cross-origin hop taints the origin (see fetch#concept-request-tainted-origin)
                next = next.substring(alt.length());
            }
            request = RawRequest.of("GET", next, HeaderList.of(CorsHeaders.ORIGIN, origin));
        }
        return new Result(BrowserOutcome.NETWORK_ERROR, traffic);
    }

    static boolean corsCheck(RawResponse response, String origin, boolean include) {
        Optional<String> allowOrigin = response.headers().combined(CorsHeaders.ALLOW_ORIGIN);
        if (allowOrigin.isEmpty()) {
            return false;
        }
        if (allowOrigin.get().equals("*")) {
            return !include;
        }
        if (!allowOrigin.get().equals(origin)) {
            return false;
        }
        return !include || response.headers().combined(CorsHeaders.ALLOW_CREDENTIALS).equals(Optional.of("true"));
    }

    private static boolean preflightPasses(Scenario s, RawResponse response, boolean include) {
        if (!response.isOk() || !corsCheck(response, s.pageOrigin(), include)) {
            return false;
        }
        String method = Methods.normalize(s.request().method());
        List<String> methods = list(response.headers(), CorsHeaders.ALLOW_METHODS);
        boolean methodOk = Methods.isCorsSafelisted(method) || methods.contains(method)
                || (methods.contains("*") && !include);
        List<String> names = list(response.headers(), CorsHeaders.ALLOW_HEADERS).stream()
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
        for (String name : BrowserRequests.unsafeHeaderNames(s.request().headers())) {
            boolean star = names.contains("*") && !include && !name.equals("authorization");
            if (!names.contains(name) && !star) {
                return false;
            }
        }
        return methodOk;
    }

    /** The demo's X-Request-Id is sent but script cannot read it (whatever the policy meant to expose). */
    private static boolean hidden(Scenario s, RawResponse response, boolean include) {
        List<String> exposed = list(response.headers(), CorsHeaders.EXPOSE_HEADERS).stream()
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
        boolean visible = exposed.contains("x-request-id") || (exposed.contains("*") && !include);
        return response.headers().contains("X-Request-Id") && !visible;
    }

    private static List<String> list(HeaderList headers, String name) {
        List<String> out = new ArrayList<>();
        for (String line : headers.all(name)) {
            for (String element : line.split(",")) {
                if (!element.isBlank()) {
                    out.add(element.strip());
                }
            }
        }
        return out;
    }
}
