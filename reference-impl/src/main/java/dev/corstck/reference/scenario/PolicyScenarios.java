package dev.corstck.reference.scenario;

import static dev.corstck.reference.scenario.BrowserOutcome.CORS_OK;
import static dev.corstck.reference.scenario.BrowserOutcome.HEADER_HIDDEN;
import static dev.corstck.reference.scenario.BrowserOutcome.NETWORK_ERROR;
import static dev.corstck.reference.scenario.BrowserOutcome.OPAQUE;
import static dev.corstck.reference.scenario.Rows.APP;
import static dev.corstck.reference.scenario.Rows.EVIL;
import static dev.corstck.reference.scenario.Rows.LOCALHOST;
import static dev.corstck.reference.scenario.Rows.NULL;
import static dev.corstck.reference.scenario.Rows.actual;
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
import java.util.List;

/** Policies other than the demo's: wildcard, reflection, subdomains, patterns, null, deny-all and the options. */
final class PolicyScenarios {

    private static final String DATA = "/api/data";
    private static final String ITEM = "/api/items/7";
    private static final String STAR_DATA = "ACAO=*; ACEH=X-Request-Id; Vary=Accept-Encoding";
    private static final String STAR_PREFLIGHT = "ACAO=*; ACAM=GET,POST,PUT; ACAH=*; ACMA=600";
    private static final String DEFAULT_METHODS = "ACAM=GET,HEAD,PUT,PATCH,POST,DELETE";

    private PolicyScenarios() {
    }

    static List<Scenario> rows() {
        Rows r = new Rows();
        wildcard(r.server(Servers.STAR));
        reflectHeaders(r.server(Servers.REFLECT));
        subdomains(r.server(Servers.SUBDOMAINS));
        pattern(r.server(Servers.PATTERN));
        nullOrigin(r.server(Servers.NULL_ALLOWED));
        denyAll(r.server(Servers.DENY));
        reflectAny(r.server(Servers.REFLECT_ANY));
        options(r);
        return r.scenarios();
    }

    private static void wildcard(Rows r) {
        r.row("wildcard.get.any-origin", "origin '*': any site reads public data", EVIL, get(DATA),
                actual(200, STAR_DATA), CORS_OK, NO_PREFLIGHT);
        r.row("wildcard.get.null-origin", "'*' also serves sandboxed pages", NULL, get(DATA), actual(200, STAR_DATA),
                CORS_OK, NO_PREFLIGHT);
        r.row("wildcard.get.credentials-include", "browsers refuse '*' on a credentialed request", LOCALHOST,
                withCookies(get(DATA)), actual(200, STAR_DATA), NETWORK_ERROR, NO_PREFLIGHT);
        r.row("wildcard.no-cors.get", "a fixed '*' answer is sent on non-CORS requests too, without Vary", EVIL,
                noCors(get(DATA)), notCors(200, STAR_DATA), OPAQUE, NO_PREFLIGHT);
        r.row("wildcard.preflight.put-custom-header", "'*' in allowedHeaders covers X-Custom", APP,
                request("PUT", ITEM).header("X-Custom", "1"), preflight(204, STAR_PREFLIGHT), CORS_OK,
                PREFLIGHT_THEN_ACTUAL);
        r.row("wildcard.preflight.authorization-not-covered", "'*' never covers Authorization"
                + " (fetch#cors-non-wildcard-request-header-name)", APP,
                request("PUT", ITEM).header("Authorization", "Bearer t"),
                denied(Denial.HEADERS_NOT_ALLOWED, 204, "ACAO=*"), NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("wildcard.preflight.delete-not-listed", "DELETE is not in methods", APP, request("DELETE", ITEM),
                denied(Denial.METHOD_NOT_ALLOWED, 204, "ACAO=*"), NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("wildcard.preflight.credentials-include", "a credentialed preflight fails on '*'", LOCALHOST,
                withCookies(request("PUT", ITEM).header("X-Custom", "1")), preflight(204, STAR_PREFLIGHT),
                NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("wildcard.redirect.cross-origin", "after a cross-origin hop (origin null) '*' still answers", APP,
                get("/api/redirect?to=" + ScenarioRequest.ALT + "/api/data"), actual(302, "ACAO=*; ACEH=X-Request-Id"),
                CORS_OK, NO_PREFLIGHT);
    }

    private static void reflectHeaders(Rows r) {
        String reflected = "ACAO=" + APP + "; " + DEFAULT_METHODS;
        r.row("reflect-headers.preflight.custom", "allowedHeaders absent: the asked-for headers are reflected", APP,
                request("PUT", ITEM).header("X-Custom", "1"), preflight(204, reflected
                        + "; ACAH=x-custom; Vary=Origin, Access-Control-Request-Headers"), HEADER_HIDDEN,
                PREFLIGHT_THEN_ACTUAL);
        r.row("reflect-headers.preflight.sorted-lowercase", "reflected as the browser sends them: sorted, lowercase",
                APP, request("PUT", ITEM).header("X-B", "1").header("Authorization", "Bearer t"),
                preflight(204, reflected + "; ACAH=authorization,x-b; Vary=Origin, Access-Control-Request-Headers"),
                HEADER_HIDDEN, PREFLIGHT_THEN_ACTUAL);
        r.row("reflect-headers.preflight.patch-default-methods", "PATCH is among the default methods", APP,
                request("PATCH", ITEM), preflight(204, reflected + "; Vary=Origin, Access-Control-Request-Headers"),
                HEADER_HIDDEN, PREFLIGHT_THEN_ACTUAL);
        r.row("reflect-headers.get.allowed", "a simple GET: exact origin, Vary merged with the application's", APP,
                get(DATA), actual(200, "ACAO=" + APP + "; Vary=Accept-Encoding, Origin"), HEADER_HIDDEN, NO_PREFLIGHT);
        r.row("reflect-headers.preflight.disallowed-origin", "nothing is reflected for a disallowed origin", EVIL,
                request("PUT", ITEM).header("X-Custom", "1"), denied(Denial.ORIGIN_NOT_ALLOWED, 403, "Vary=Origin"),
                NETWORK_ERROR, PREFLIGHT_ONLY);
    }

    private static void subdomains(Rows r) {
        String ok = "; ACAC=true; Vary=Accept-Encoding, Origin";
        r.row("subdomain.one-label", "https://*.app.localhost allows api.app.localhost", "https://api.app.localhost",
                withCookies(get(DATA)), actual(200, "ACAO=https://api.app.localhost" + ok), HEADER_HIDDEN, NO_PREFLIGHT);
        r.row("subdomain.two-labels", "the wildcard spans several labels", "https://a.b.app.localhost",
                withCookies(get(DATA)), actual(200, "ACAO=https://a.b.app.localhost" + ok), HEADER_HIDDEN, NO_PREFLIGHT);
        subdomainDenied(r, "subdomain.apex", "the wildcard does not cover app.localhost itself", APP);
        subdomainDenied(r, "subdomain.suffix-trick", "evilapp.localhost is no subdomain", "https://evilapp.localhost");
        subdomainDenied(r, "subdomain.prefix-trick", "x.app.localhost.evil.example is no subdomain",
                "https://x.app.localhost.evil.example");
        subdomainDenied(r, "subdomain.http-scheme", "the scheme must match", "http://api.app.localhost");
        subdomainDenied(r, "subdomain.other-port", "the port must match", "https://api.app.localhost:8443");
        r.row("subdomain.preflight.put", "a preflight from a subdomain", "https://api.app.localhost",
                withCookies(request("PUT", ITEM).header("Content-Type", "application/json")),
                preflight(204, "ACAO=https://api.app.localhost; ACAC=true; ACAM=GET,PUT; ACAH=Content-Type; Vary=Origin"),
                HEADER_HIDDEN, PREFLIGHT_THEN_ACTUAL);
    }

    private static void subdomainDenied(Rows r, String id, String description, String origin) {
        r.row(id, description, origin, withCookies(get(DATA)),
                denied(Denial.ORIGIN_NOT_ALLOWED, 200, "Vary=Accept-Encoding, Origin"), NETWORK_ERROR, NO_PREFLIGHT);
    }

    private static void pattern(Rows r) {
        r.row("pattern.admin", "an anchored pattern allows admin.app.localhost", "https://admin.app.localhost",
                get(DATA), actual(200, "ACAO=https://admin.app.localhost; Vary=Accept-Encoding, Origin"), HEADER_HIDDEN,
                NO_PREFLIGHT);
        r.row("pattern.shop", "and shop.app.localhost", "https://shop.app.localhost", get(DATA),
                actual(200, "ACAO=https://shop.app.localhost; Vary=Accept-Encoding, Origin"), HEADER_HIDDEN, NO_PREFLIGHT);
        for (String[] c : new String[][] {{"escaped-dot", "https://adminxapp.localhost"},
                {"prefix", "https://evil-admin.app.localhost"}, {"port", "https://admin.app.localhost:444"},
                {"suffix", "https://admin.app.localhost.evil.example"}}) {
            r.row("pattern.not-matching." + c[0], "the whole origin must match: " + c[1], c[1], get(DATA),
                    denied(Denial.ORIGIN_NOT_ALLOWED, 200, "Vary=Accept-Encoding, Origin"), NETWORK_ERROR, NO_PREFLIGHT);
        }
    }

    private static void nullOrigin(Rows r) {
        r.row("null-origin.get.opted-in", "dangerouslyAllowNullOrigin: 'null' is answered 'null'", NULL, get(DATA),
                actual(200, "ACAO=null; Vary=Accept-Encoding, Origin"), HEADER_HIDDEN, NO_PREFLIGHT);
        r.row("null-origin.preflight.opted-in", "and its preflights are approved", NULL,
                request("PUT", ITEM).header("Content-Type", "application/json"), preflight(204, "ACAO=null; "
                        + DEFAULT_METHODS + "; ACAH=content-type; Vary=Origin, Access-Control-Request-Headers"),
                HEADER_HIDDEN, PREFLIGHT_THEN_ACTUAL);
        r.row("null-origin.get.listed-origin", "the listed origin still works", APP, get(DATA),
                actual(200, "ACAO=" + APP + "; Vary=Accept-Encoding, Origin"), HEADER_HIDDEN, NO_PREFLIGHT);
    }

    private static void denyAll(Rows r) {
        r.row("deny-all.get", "the default policy: no CORS headers, and no Vary (the answer never varies)",
                LOCALHOST, get(DATA), denied(Denial.ORIGIN_NOT_ALLOWED, 200, "Vary=Accept-Encoding"), NETWORK_ERROR,
                NO_PREFLIGHT);
        r.row("deny-all.preflight", "the default policy refuses preflights with 403", LOCALHOST,
                request("DELETE", ITEM), denied(Denial.ORIGIN_NOT_ALLOWED, 403, ""), NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("deny-all.no-cors", "no-cors requests still work (opaque)", LOCALHOST, noCors(get(DATA)),
                notCors(200, "Vary=Accept-Encoding"), OPAQUE, NO_PREFLIGHT);
    }

    private static void reflectAny(Rows r) {
        r.row("reflect-any.get.any-site", "origin true reflects any origin", EVIL, get(DATA),
                actual(200, "ACAO=" + EVIL + "; Vary=Accept-Encoding, Origin"), HEADER_HIDDEN, NO_PREFLIGHT);
        r.row("reflect-any.get.credentials-include", "without credentials: true, a credentialed fetch fails", EVIL,
                withCookies(get(DATA)), actual(200, "ACAO=" + EVIL + "; Vary=Accept-Encoding, Origin"), NETWORK_ERROR,
                NO_PREFLIGHT);
        r.row("reflect-any.get.null-not-reflected", "'null' is not reflected unless opted in", NULL, get(DATA),
                denied(Denial.ORIGIN_NULL_NOT_ALLOWED, 200, "Vary=Accept-Encoding, Origin"), NETWORK_ERROR,
                NO_PREFLIGHT);
    }

    private static void options(Rows r) {
        String demo = "ACAO=" + LOCALHOST + "; ACAC=true; ACAM=GET,POST,PUT,DELETE; ACAH=Content-Type,Authorization";
        ScenarioRequest put = withCookies(request("PUT", ITEM).header("Content-Type", "application/json"));
        r.server(Servers.CONTINUE).row("preflight-continue.put", "preflightContinue: the application answers the"
                + " OPTIONS, the CORS headers are added", LOCALHOST, put,
                preflight(204, demo + "; ACMA=600; Vary=Origin"), CORS_OK, PREFLIGHT_THEN_ACTUAL);
        r.row("preflight-continue.disallowed-origin", "a disallowed preflight also reaches the application", EVIL,
                put, denied(Denial.ORIGIN_NOT_ALLOWED, 204, "Vary=Origin"), NETWORK_ERROR, PREFLIGHT_ONLY);
        r.server(Servers.STATUS_200).row("options-status.200", "optionsSuccessStatus: 200", LOCALHOST, put,
                preflight(200, demo + "; ACMA=600; Vary=Origin"), CORS_OK, PREFLIGHT_THEN_ACTUAL);
        r.server(Servers.NO_MAX_AGE).row("max-age.absent", "no maxAge: no Access-Control-Max-Age (5 s cache)",
                LOCALHOST, put, preflight(204, demo + "; Vary=Origin"), CORS_OK, PREFLIGHT_THEN_ACTUAL);
        r.server(Servers.EXPOSE_STAR).row("expose.star", "exposedHeaders '*' exposes every header without"
                + " credentials", APP, get(DATA), actual(200, "ACAO=" + APP + "; ACEH=*; Vary=Accept-Encoding, Origin"),
                CORS_OK, NO_PREFLIGHT);
        r.row("expose.star.credentials-include", "with credentials '*' is literal, but the origin is not allowed to"
                + " send credentials at all", APP, withCookies(get(DATA)),
                actual(200, "ACAO=" + APP + "; ACEH=*; Vary=Accept-Encoding, Origin"), NETWORK_ERROR, NO_PREFLIGHT);
    }
}
