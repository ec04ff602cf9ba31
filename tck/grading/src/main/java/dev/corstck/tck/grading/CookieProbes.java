package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.HttpCacheRules;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.ResponderException;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.probe.BrowserRequests;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Credentialed calls carry the cookies a browser would: the endpoint's declared {@code cookie}, or what the endpoint
 * sets on a plain visit, or a kit cookie. The same credentialed GET from an allowed origin goes out with and without
 * them; a CORS answer that changes with the cookie (a tenant or session choosing the allowed origin) must name
 * {@code Cookie} in {@code Vary} when it may be stored, or a cache replays one user's grant to another
 * (see fetch#cors-protocol-and-http-caches). The server cannot tell credentials modes apart but by these headers.
 */
final class CookieProbes {

    /** The cookie credentialed probes carry when the endpoint neither declares one nor sets one. */
    static final String KIT_COOKIE = "cors-tck-session=1";

    private CookieProbes() {
    }

    /** Probe each endpoint once, from the first allowed origin that calls it with credentials. */
    static void check(List<ScenarioRun> runs, TargetResponder target, String targetOrigin, Findings f) {
        Map<String, ScenarioRun> firstPerEndpoint = new LinkedHashMap<>();
        runs.stream().filter(CookieProbes::isProbeBase)
                .forEach(r -> firstPerEndpoint.putIfAbsent(r.scenario().endpoint().path(), r));
        for (ScenarioRun base : firstPerEndpoint.values()) {
            probe(base, target, targetOrigin, f);
        }
    }

    /** A credentialed, CORS-safelisted GET from an allowed origin that the policy requires to be shared. */
    private static boolean isProbeBase(ScenarioRun r) {
        return r.failure().isEmpty() && r.requirement().mustShare() && r.scenario().includesCredentials()
                && r.scenario().originClass() == OriginClass.ALLOWED && r.scenario().shape().method().equals("GET")
                && r.scenario().shape().headers().isEmpty() && !r.scenario().shape().noCors();
    }

    private static void probe(ScenarioRun base, TargetResponder target, String targetOrigin, Findings f) {
        String url = base.scenario().url();
        String path = FetchUrl.parse(url).map(FetchUrl::target).orElse("/");
        String cookie = base.scenario().endpoint().cookie().orElseGet(() -> seeded(target, targetOrigin, path));
        Optional<Exchange> with = send(target, targetOrigin, url, path, base.origin(), Optional.of(cookie));
        Optional<Exchange> without = send(target, targetOrigin, url, path, base.origin(), Optional.empty());
        if (with.flatMap(Exchange::response).isEmpty() || without.flatMap(Exchange::response).isEmpty()) {
            return; // the scenario itself reports an unreachable target
        }
        RawResponse a = with.get().response().get();
        RawResponse b = without.get().response().get();
        String withText = corsHeaders(a);
        String withoutText = corsHeaders(b);
        if (withText.equals(withoutText) || !Grants.sharedCacheMayStore(a) && !Grants.sharedCacheMayStore(b)) {
            return;
        }
        ScenarioRun evidence = new ScenarioRun(base.scenario(), List.of(with.get(), without.get()), List.of(),
                Map.of(), Map.of(), Optional.empty(), base.requirement());
        List<String> missing = new ArrayList<>();
        for (RawResponse r : List.of(a, b)) {
            if (Grants.sharedCacheMayStore(r) && !Grants.lists(r, "Vary", "Cookie") && !Grants.lists(r, "Vary", "*")) {
                missing.add(r == a ? "with the cookie" : "without it");
            }
        }
        f.judge(HttpCacheRules.VARY_COOKIE, evidence)
                .by(Engine.WIRE)
                .expected("Vary naming Cookie (the CORS answer depends on the cookie '" + cookie + "': with it "
                        + withText + "; without it " + withoutText + ")")
                .actual(missing.isEmpty() ? "Vary names Cookie" : "no Vary: Cookie on the answer "
                        + String.join(" and ",
                        missing) + " (Vary: " + a.headers().combined("Vary").orElse("(absent)") + " / "
                        + b.headers().combined("Vary").orElse("(absent)") + ")")
                .violatedIf(!missing.isEmpty());
    }

    /** The cookie a browser would hold after visiting the endpoint: its own Set-Cookie names and values. */
    private static String seeded(TargetResponder target, String targetOrigin, String path) {
        try {
            RawResponse visit = target.respond(targetOrigin, BrowserRequests.withoutOrigin("GET", path));
            String jar = visit.headers().all("Set-Cookie").stream().map(c -> c.split(";", 2)[0].strip())
                    .filter(c -> c.contains("=")).collect(Collectors.joining("; "));
            return jar.isEmpty() ? KIT_COOKIE : jar;
        } catch (ResponderException e) {
            return KIT_COOKIE;
        }
    }

    private static Optional<Exchange> send(TargetResponder target, String targetOrigin, String url, String path,
            String origin, Optional<String> cookie) {
        List<HeaderField> headers = new ArrayList<>();
        cookie.ifPresent(c -> headers.add(new HeaderField("Cookie", c)));
        RawRequest request = BrowserRequests.actual("GET", path, origin, new HeaderList(headers), "");
        Optional<RawResponse> response;
        try {
            response = Optional.of(target.respond(targetOrigin, request));
        } catch (ResponderException e) {
            response = Optional.empty();
        }
        return Optional.of(new Exchange(ExchangeKind.ACTUAL, url, targetOrigin, request, response));
    }

    /** The response's CORS grant, for comparison: ACAO and ACAC. */
    private static String corsHeaders(RawResponse r) {
        return "Access-Control-Allow-Origin " + Grants.acaoText(r) + ", Access-Control-Allow-Credentials "
                + r.headers().combined(Grants.ACAC).orElse("(absent)");
    }

}
