package dev.corstck.reference.scenario;

import static dev.corstck.reference.scenario.BrowserOutcome.CORS_OK;
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
import static dev.corstck.reference.scenario.Rows.denied;
import static dev.corstck.reference.scenario.Rows.get;
import static dev.corstck.reference.scenario.Rows.noCors;
import static dev.corstck.reference.scenario.Rows.notCors;
import static dev.corstck.reference.scenario.Rows.request;
import static dev.corstck.reference.scenario.Rows.withCookies;
import static dev.corstck.reference.scenario.WireTraffic.NO_PREFLIGHT;

import dev.corstck.reference.decision.Denial;
import java.util.List;

/** Origins against the demo policy: exact matches, look-alikes, null, no-cors, error statuses, redirects. */
final class OriginScenarios {

    private static final String DATA = "/api/data";
    private static final String DENIED_DATA = "Vary=Accept-Encoding, Origin";

    private OriginScenarios() {
    }

    static List<Scenario> rows() {
        Rows r = new Rows().server(Servers.DEMO);
        exact(r);
        lookAlikes(r);
        noCorsMode(r);
        errorStatuses(r);
        redirects(r);
        return r.scenarios();
    }

    private static void exact(Rows r) {
        r.row("origin.exact.localhost-3000", "credentialed GET from an allowed dev origin", LOCALHOST,
                withCookies(get(DATA)), actual(200, demoData(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        r.row("origin.exact.loopback-ip-3000", "127.0.0.1:3000 is listed separately from localhost:3000", LOOPBACK_IP,
                withCookies(get(DATA)), actual(200, demoData(LOOPBACK_IP)), CORS_OK, NO_PREFLIGHT);
        r.row("origin.exact.app-localhost", "credentialed GET from the allowed https origin", APP,
                withCookies(get(DATA)), actual(200, demoData(APP)), CORS_OK, NO_PREFLIGHT);
        r.row("origin.exact.without-credentials", "a GET without credentials also gets ACAC (harmless)", LOCALHOST,
                get(DATA), actual(200, demoData(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        r.row("origin.exact.head", "HEAD is CORS-safelisted: no preflight", LOCALHOST, request("HEAD", DATA),
                actual(200, demoData(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        r.row("origin.exact.login-post", "POST without a body needs no preflight; the session cookie is set",
                APP, withCookies(request("POST", "/api/login")), actual(200, demoOther(APP)), CORS_OK, NO_PREFLIGHT);
        r.row("origin.exact.me-unauthenticated", "GET /api/me without a session: the 401 is readable", LOCALHOST,
                withCookies(get("/api/me")), actual(401, demoOther(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
    }

    private static void lookAlikes(Rows r) {
        deniedGet(r, "origin.port.localhost-3001", "another port is another origin", "http://localhost:3001");
        deniedGet(r, "origin.scheme.https-localhost-3000", "https instead of http", "https://localhost:3000");
        deniedGet(r, "origin.scheme.http-app-localhost", "http instead of https", "http://app.localhost");
        deniedGet(r, "origin.host.ipv6-loopback-3000", "[::1] is a third loopback origin", "http://[::1]:3000");
        deniedGet(r, "origin.host.trailing-dot", "localhost. is not localhost", "http://localhost.:3000");
        deniedGet(r, "origin.lookalike.suffix", "a host that merely ends with app.localhost",
                "https://evilapp.localhost");
        deniedGet(r, "origin.lookalike.prefix", "an allowed origin followed by more host",
                "https://app.localhost.evil.example");
        deniedGet(r, "origin.lookalike.subdomain", "a subdomain of an allowed host", "https://x.app.localhost");
        deniedGet(r, "origin.lookalike.port", "an allowed host on another port", "https://app.localhost:8443");
        deniedGet(r, "origin.lookalike.unescaped-dot", "the dot replaced by another character", "https://appxlocalhost");
        deniedGet(r, "origin.lookalike.hyphen", "a hyphenated look-alike", "https://app-localhost.example");
        deniedGet(r, "origin.unrelated.evil", "an unrelated site", EVIL);
        r.row("origin.null.sandboxed", "a sandboxed iframe sends Origin: null; not allowed", NULL,
                withCookies(get(DATA)), denied(Denial.ORIGIN_NULL_NOT_ALLOWED, 200, DENIED_DATA), NETWORK_ERROR,
                NO_PREFLIGHT);
        r.row("origin.unrelated.without-credentials", "no ACAO for a disallowed origin, credentials or not", EVIL,
                get(DATA), denied(Denial.ORIGIN_NOT_ALLOWED, 200, DENIED_DATA), NETWORK_ERROR, NO_PREFLIGHT);
    }

    private static void deniedGet(Rows r, String id, String description, String origin) {
        r.row(id, description + ": no CORS headers, only Vary", origin, withCookies(get(DATA)),
                denied(Denial.ORIGIN_NOT_ALLOWED, 200, DENIED_DATA), NETWORK_ERROR, NO_PREFLIGHT);
    }

    private static void noCorsMode(Rows r) {
        r.row("no-cors.get.allowed-origin", "no-cors GET carries no Origin: not a CORS request", LOCALHOST,
                noCors(get(DATA)), notCors(200, DENIED_DATA), OPAQUE, NO_PREFLIGHT);
        r.row("no-cors.get.evil", "no-cors GET from any site is sent and opaque", EVIL, noCors(get(DATA)),
                notCors(200, DENIED_DATA), OPAQUE, NO_PREFLIGHT);
        r.row("no-cors.post.evil", "no-cors POST carries Origin; the server still runs it", EVIL,
                noCors(request("POST", DATA).header("Content-Type", "text/plain")),
                denied(Denial.ORIGIN_NOT_ALLOWED, 201, "Vary=Origin"), OPAQUE, NO_PREFLIGHT);
        r.row("no-cors.post.allowed-origin", "no-cors POST from an allowed origin is still opaque", LOCALHOST,
                noCors(request("POST", DATA).header("Content-Type", "text/plain")),
                actual(201, demoOther(LOCALHOST)), OPAQUE, NO_PREFLIGHT);
    }

    private static void errorStatuses(Rows r) {
        for (int status : new int[] {400, 401, 403, 404, 500, 503}) {
            r.row("error-status." + status + ".allowed-origin", "a " + status + " still carries CORS headers, so"
                    + " script can read it", LOCALHOST, withCookies(get("/api/status/" + status)),
                    actual(status, demoOther(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        }
        r.row("error-status.404.unknown-path", "the not-found fallback carries CORS headers", APP,
                withCookies(get("/no/such/path")), actual(404, demoOther(APP)), CORS_OK, NO_PREFLIGHT);
        r.row("error-status.500.disallowed-origin", "a disallowed origin cannot read the 500", EVIL,
                get("/api/status/500"), denied(Denial.ORIGIN_NOT_ALLOWED, 500, "Vary=Origin"), NETWORK_ERROR,
                NO_PREFLIGHT);
    }

    private static void redirects(Rows r) {
        r.row("redirect.same-origin.allowed-origin", "a redirect within the target keeps the origin", LOCALHOST,
                withCookies(get("/api/redirect/same-origin")), actual(302, demoOther(LOCALHOST)), CORS_OK,
                NO_PREFLIGHT);
        r.row("redirect.cross-origin.allowed-origin", "after a cross-origin hop the origin is null, not allowed",
                LOCALHOST, withCookies(get("/api/redirect?to=" + ScenarioRequest.ALT + "/api/data")),
                actual(302, demoOther(LOCALHOST)), NETWORK_ERROR, NO_PREFLIGHT);
        r.row("redirect.same-origin.disallowed-origin", "the redirect itself fails the CORS check", EVIL,
                get("/api/redirect/same-origin"), denied(Denial.ORIGIN_NOT_ALLOWED, 302, "Vary=Origin"),
                NETWORK_ERROR, NO_PREFLIGHT);
    }
}
