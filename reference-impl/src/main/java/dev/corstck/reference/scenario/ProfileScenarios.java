package dev.corstck.reference.scenario;

import static dev.corstck.reference.scenario.BrowserOutcome.CORS_OK;
import static dev.corstck.reference.scenario.BrowserOutcome.HEADER_HIDDEN;
import static dev.corstck.reference.scenario.BrowserOutcome.NETWORK_ERROR;
import static dev.corstck.reference.scenario.BrowserOutcome.OPAQUE;
import static dev.corstck.reference.scenario.Rows.APP;
import static dev.corstck.reference.scenario.Rows.EVIL;
import static dev.corstck.reference.scenario.Rows.LOCALHOST;
import static dev.corstck.reference.scenario.Rows.LOOPBACK_IP;
import static dev.corstck.reference.scenario.Rows.NULL;
import static dev.corstck.reference.scenario.Rows.actual;
import static dev.corstck.reference.scenario.Rows.demoData;
import static dev.corstck.reference.scenario.Rows.demoOther;
import static dev.corstck.reference.scenario.Rows.demoPreflight;
import static dev.corstck.reference.scenario.Rows.demoRefused;
import static dev.corstck.reference.scenario.Rows.denied;
import static dev.corstck.reference.scenario.Rows.get;
import static dev.corstck.reference.scenario.Rows.noCors;
import static dev.corstck.reference.scenario.Rows.notCors;
import static dev.corstck.reference.scenario.Rows.preflight;
import static dev.corstck.reference.scenario.Rows.request;
import static dev.corstck.reference.scenario.Rows.withCookies;
import static dev.corstck.reference.scenario.WireTraffic.NO_PREFLIGHT;
import static dev.corstck.reference.scenario.WireTraffic.PREFLIGHT_ONLY;
import static dev.corstck.reference.scenario.WireTraffic.PREFLIGHT_THEN_ACTUAL;

import dev.corstck.reference.decision.Denial;
import dev.corstck.reference.profile.MistakeProfile;
import java.util.List;

/** Every mistake profile, applied to the demo policy, with the requests that expose it (and one it gets right). */
final class ProfileScenarios {

    private static final String DATA = "/api/data";
    private static final String ITEM = "/api/items/9";

    private ProfileScenarios() {
    }

    private static ScenarioRequest putWithToken() {
        return withCookies(request("PUT", ITEM).header("Authorization", "Bearer demo-token")
                .header("Content-Type", "application/json"));
    }

    private static Rows on(Rows r, MistakeProfile profile) {
        return r.server(Servers.profile(profile));
    }

    static List<Scenario> rows() {
        Rows r = new Rows();
        originMistakes(r);
        matchingMistakes(r);
        headerMistakes(r);
        preflightMistakes(r);
        return r.scenarios();
    }

    private static void originMistakes(Rows r) {
        on(r, MistakeProfile.WILDCARD_WITH_CREDENTIALS)
                .row("profile.wildcard-with-credentials.get", "'*' with credentials: every credentialed fetch fails",
                        LOCALHOST, withCookies(get(DATA)), actual(200, demoData("*")), NETWORK_ERROR, NO_PREFLIGHT)
                .row("profile.wildcard-with-credentials.any-site", "and any site reads non-credentialed responses", EVIL,
                        get(DATA), actual(200, demoData("*")), CORS_OK, NO_PREFLIGHT)
                .row("profile.wildcard-with-credentials.preflight", "the credentialed preflight fails too", LOCALHOST,
                        putWithToken(), preflight(204, demoPreflight("*")), NETWORK_ERROR, PREFLIGHT_ONLY);
        on(r, MistakeProfile.CORS_AFTER_ROUTES)
                .row("profile.cors-after-routes.get", "the route answers before cors() runs: no ACAO", LOCALHOST,
                        withCookies(get(DATA)), actual(200, "Vary=Accept-Encoding"), NETWORK_ERROR, NO_PREFLIGHT)
                .row("profile.cors-after-routes.preflight", "the preflight passes (no OPTIONS route), the PUT fails",
                        LOCALHOST, putWithToken(), preflight(204, demoPreflight(LOCALHOST)), NETWORK_ERROR,
                        PREFLIGHT_THEN_ACTUAL)
                .row("profile.cors-after-routes.unknown-path", "only the 404 fallback gets CORS headers", LOCALHOST,
                        withCookies(get("/missing")), actual(404, demoOther(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        on(r, MistakeProfile.CALLBACK_WITHOUT_NO_ORIGIN_GUARD)
                .row("profile.callback-without-no-origin-guard.no-origin", "a request without Origin gets 500",
                        LOCALHOST, noCors(get(DATA)), notCors(500, ""), OPAQUE, NO_PREFLIGHT)
                .row("profile.callback-without-no-origin-guard.disallowed", "a refused origin gets a 500 error page",
                        EVIL, get(DATA), denied(Denial.ORIGIN_NOT_ALLOWED, 500, ""), NETWORK_ERROR, NO_PREFLIGHT)
                .row("profile.callback-without-no-origin-guard.allowed", "an allowed origin still works", LOCALHOST,
                        withCookies(get(DATA)), actual(200, demoData(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        on(r, MistakeProfile.LOCALHOST_BUT_NOT_127_0_0_1)
                .row("profile.localhost-but-not-127.0.0.1.loopback-ip", "127.0.0.1:3000 is refused", LOOPBACK_IP,
                        withCookies(get(DATA)), denied(Denial.ORIGIN_NOT_ALLOWED, 200, "Vary=Accept-Encoding, Origin"),
                        NETWORK_ERROR, NO_PREFLIGHT)
                .row("profile.localhost-but-not-127.0.0.1.localhost", "localhost:3000 works", LOCALHOST,
                        withCookies(get(DATA)), actual(200, demoData(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        on(r, MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS)
                .row("profile.reflect-any-origin-with-credentials.evil", "any site reads credentialed data", EVIL,
                        withCookies(get(DATA)), actual(200, demoData(EVIL)), CORS_OK, NO_PREFLIGHT)
                .row("profile.reflect-any-origin-with-credentials.preflight", "and may PUT with the user's token",
                        EVIL, putWithToken(), preflight(204, demoPreflight(EVIL)), CORS_OK, PREFLIGHT_THEN_ACTUAL);
        on(r, MistakeProfile.NULL_ORIGIN_TRUSTED)
                .row("profile.null-origin-trusted.get", "any sandboxed iframe reads credentialed data", NULL,
                        withCookies(get(DATA)), actual(200, demoData(NULL)), CORS_OK, NO_PREFLIGHT)
                .row("profile.null-origin-trusted.preflight", "and passes preflights", NULL, putWithToken(),
                        preflight(204, demoPreflight(NULL)), CORS_OK, PREFLIGHT_THEN_ACTUAL);
    }

    private static void matchingMistakes(Rows r) {
        on(r, MistakeProfile.SUFFIX_MATCH)
                .row("profile.suffix-match.evilapp", "evilapp.localhost ends with app.localhost",
                        "https://evilapp.localhost", withCookies(get(DATA)),
                        actual(200, demoData("https://evilapp.localhost")),
                        CORS_OK, NO_PREFLIGHT)
                .row("profile.suffix-match.scheme", "the scheme is ignored too", "http://app.localhost",
                        withCookies(get(DATA)), actual(200, demoData("http://app.localhost")), CORS_OK, NO_PREFLIGHT)
                .row("profile.suffix-match.intended", "the intended origin works", APP, withCookies(get(DATA)),
                        actual(200, demoData(APP)), CORS_OK, NO_PREFLIGHT);
        on(r, MistakeProfile.PREFIX_MATCH)
                .row("profile.prefix-match.longer-host", "app.localhost.evil.example starts with the allowed origin",
                        "https://app.localhost.evil.example", withCookies(get(DATA)),
                        actual(200, demoData("https://app.localhost.evil.example")), CORS_OK, NO_PREFLIGHT)
                .row("profile.prefix-match.other-port", "so does any port", "https://app.localhost:8443",
                        withCookies(get(DATA)), actual(200, demoData("https://app.localhost:8443")), CORS_OK,
                        NO_PREFLIGHT);
        on(r, MistakeProfile.UNESCAPED_DOT_PATTERN)
                .row("profile.unescaped-dot-pattern.any-character", "the dot matches 'x'", "https://appxlocalhost",
                        withCookies(get(DATA)), actual(200, demoData("https://appxlocalhost")), CORS_OK, NO_PREFLIGHT)
                .row("profile.unescaped-dot-pattern.intended", "the intended origin works", APP, withCookies(get(DATA)),
                        actual(200, demoData(APP)), CORS_OK, NO_PREFLIGHT);
    }

    private static void headerMistakes(Rows r) {
        String ok = "ACAO=" + LOCALHOST + "; ACAC=true; ACEH=X-Request-Id";
        on(r, MistakeProfile.MISSING_VARY)
                .row("profile.missing-vary.allowed", "readable, but caches may serve it to other origins", LOCALHOST,
                        withCookies(get(DATA)), actual(200, ok + "; Vary=Accept-Encoding"), CORS_OK, NO_PREFLIGHT)
                .row("profile.missing-vary.disallowed", "the refused answer is cacheable for every origin", EVIL,
                        get(DATA), denied(Denial.ORIGIN_NOT_ALLOWED, 200, "Vary=Accept-Encoding"), NETWORK_ERROR,
                        NO_PREFLIGHT);
        on(r, MistakeProfile.VARY_OVERWRITTEN)
                .row("profile.vary-overwritten.get", "Vary: Origin replaces the application's Vary: Accept-Encoding",
                        LOCALHOST, withCookies(get(DATA)), actual(200, ok + "; Vary=Origin"), CORS_OK, NO_PREFLIGHT);
        on(r, MistakeProfile.DUPLICATE_ACAO)
                .row("profile.duplicate-acao.get", "two ACAO lines combine to 'a, a', which never matches", LOCALHOST,
                        withCookies(get(DATA)), actual(200, "ACAO=" + LOCALHOST + "; " + demoData(LOCALHOST)),
                        NETWORK_ERROR, NO_PREFLIGHT)
                .row("profile.duplicate-acao.preflight", "the preflight fails the same way", LOCALHOST, putWithToken(),
                        preflight(204, "ACAO=" + LOCALHOST + "; " + demoPreflight(LOCALHOST)), NETWORK_ERROR,
                        PREFLIGHT_ONLY);
        on(r, MistakeProfile.ACAO_TRAILING_SLASH)
                .row("profile.acao-trailing-slash.get", "'http://localhost:3000/' is not the origin", LOCALHOST,
                        withCookies(get(DATA)), actual(200, demoData(LOCALHOST + "/")), NETWORK_ERROR, NO_PREFLIGHT)
                .row("profile.acao-trailing-slash.preflight", "nor on the preflight", APP, putWithToken(),
                        preflight(204, demoPreflight(APP + "/")), NETWORK_ERROR, PREFLIGHT_ONLY);
        on(r, MistakeProfile.EXPOSE_HEADERS_MISSING)
                .row("profile.expose-headers-missing.get", "X-Request-Id is sent but not readable", LOCALHOST,
                        withCookies(get(DATA)),
                        actual(200, "ACAO=" + LOCALHOST + "; ACAC=true; Vary=Accept-Encoding, Origin"),
                        HEADER_HIDDEN, NO_PREFLIGHT);
        on(r, MistakeProfile.AUTHORIZATION_NOT_ALLOWED)
                .row("profile.authorization-not-allowed.preflight", "Authorization is not listed: the PUT never goes",
                        LOCALHOST, putWithToken(), denied(Denial.HEADERS_NOT_ALLOWED, 204, demoRefused(LOCALHOST)),
                        NETWORK_ERROR, PREFLIGHT_ONLY)
                .row("profile.authorization-not-allowed.content-type-only", "without a token the PUT works", LOCALHOST,
                        withCookies(request("PUT", ITEM).header("Content-Type", "application/json")),
                        preflight(204, "ACAO=" + LOCALHOST + "; ACAC=true; ACAM=GET,POST,PUT,DELETE;"
                                + " ACAH=Content-Type; ACMA=600; Vary=Origin"), CORS_OK, PREFLIGHT_THEN_ACTUAL);
    }

    private static void preflightMistakes(Rows r) {
        on(r, MistakeProfile.PREFLIGHT_NON_2XX)
                .row("profile.preflight-non-2xx.put", "a 405 preflight fails even with every CORS header", LOCALHOST,
                        putWithToken(), preflight(405, demoPreflight(LOCALHOST)), NETWORK_ERROR, PREFLIGHT_ONLY)
                .row("profile.preflight-non-2xx.simple-get", "requests without a preflight still work", LOCALHOST,
                        withCookies(get(DATA)), actual(200, demoData(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        on(r, MistakeProfile.PREFLIGHT_REDIRECT)
                .row("profile.preflight-redirect.put", "browsers never follow a preflight redirect", APP, putWithToken(),
                        preflight(301, demoPreflight(APP)), NETWORK_ERROR, PREFLIGHT_ONLY);
        on(r, MistakeProfile.PREFLIGHT_REQUIRES_AUTH)
                .row("profile.preflight-requires-auth.put", "the preflight has no token, so it gets 401", LOCALHOST,
                        putWithToken(), preflight(401, ""), NETWORK_ERROR, PREFLIGHT_ONLY)
                .row("profile.preflight-requires-auth.simple-get", "simple requests still work", LOCALHOST,
                        withCookies(get(DATA)), actual(200, demoData(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        on(r, MistakeProfile.MAX_AGE_UNPARSEABLE)
                .row("profile.max-age-unparseable.put", "'10m' is not delta-seconds: the preflight works but is"
                        + " cached for 5 s at most", LOCALHOST, putWithToken(),
                        preflight(204, demoPreflight(LOCALHOST).replace("ACMA=600", "ACMA=10m")), CORS_OK,
                        PREFLIGHT_THEN_ACTUAL);
    }
}
