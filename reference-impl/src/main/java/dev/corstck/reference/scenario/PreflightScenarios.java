package dev.corstck.reference.scenario;

import static dev.corstck.reference.scenario.BrowserOutcome.CORS_OK;
import static dev.corstck.reference.scenario.BrowserOutcome.NETWORK_ERROR;
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
import static dev.corstck.reference.scenario.Rows.preflight;
import static dev.corstck.reference.scenario.Rows.request;
import static dev.corstck.reference.scenario.Rows.withCookies;
import static dev.corstck.reference.scenario.WireTraffic.NO_PREFLIGHT;
import static dev.corstck.reference.scenario.WireTraffic.PREFLIGHT_ONLY;
import static dev.corstck.reference.scenario.WireTraffic.PREFLIGHT_THEN_ACTUAL;

import dev.corstck.reference.decision.Denial;
import java.util.List;

/** Preflights against the demo policy, and the safelisted requests that need none. */
final class PreflightScenarios {

    private static final String ITEM = "/api/items/42";
    private static final String JSON = "application/json";

    private PreflightScenarios() {
    }

    static List<Scenario> rows() {
        Rows r = new Rows().server(Servers.DEMO);
        allowed(r);
        refused(r);
        safelisted(r);
        return r.scenarios();
    }

    private static ScenarioRequest putWithToken() {
        return withCookies(request("PUT", ITEM).header("Authorization", "Bearer demo-token")
                .header("Content-Type", JSON));
    }

    private static void allowed(Rows r) {
        r.row("preflight.put-authorization.allowed-origin", "PUT with a bearer token and JSON: preflight, then PUT",
                LOCALHOST, putWithToken(), preflight(204, demoPreflight(LOCALHOST)), CORS_OK, PREFLIGHT_THEN_ACTUAL);
        r.row("preflight.put-authorization.loopback-ip", "the same from 127.0.0.1:3000", LOOPBACK_IP,
                putWithToken(), preflight(204, demoPreflight(LOOPBACK_IP)), CORS_OK, PREFLIGHT_THEN_ACTUAL);
        r.row("preflight.put-authorization.app-localhost", "the same from https://app.localhost", APP,
                putWithToken(), preflight(204, demoPreflight(APP)), CORS_OK, PREFLIGHT_THEN_ACTUAL);
        r.row("preflight.put.without-credentials", "credentials omitted: the preflight looks the same", LOCALHOST,
                request("PUT", ITEM).header("Content-Type", JSON), preflight(204, demoPreflight(LOCALHOST)),
                CORS_OK, PREFLIGHT_THEN_ACTUAL);
        r.row("preflight.put.lowercase-method", "fetch uppercases 'put', so PUT is asked for and allowed", LOCALHOST,
                withCookies(request("put", ITEM)), preflight(204, demoPreflight(LOCALHOST)), CORS_OK,
                PREFLIGHT_THEN_ACTUAL);
        r.row("preflight.delete.allowed-origin", "DELETE needs a preflight; the 204 is readable", APP,
                withCookies(request("DELETE", ITEM)), preflight(204, demoPreflight(APP)), CORS_OK,
                PREFLIGHT_THEN_ACTUAL);
        r.row("preflight.post-json.allowed-origin", "POST with Content-Type: application/json needs a preflight",
                APP, withCookies(request("POST", "/api/login").header("Content-Type", JSON)),
                preflight(204, demoPreflight(APP)), CORS_OK, PREFLIGHT_THEN_ACTUAL);
        r.row("preflight.get-authorization.allowed-origin", "GET with Authorization: preflight asks for GET",
                LOCALHOST, withCookies(get("/api/me").header("Authorization", "Bearer demo-token")),
                preflight(204, demoPreflight(LOCALHOST)), CORS_OK, PREFLIGHT_THEN_ACTUAL);
        r.row("preflight.get-content-type-json.allowed-origin", "GET with a JSON Content-Type needs a preflight",
                LOCALHOST, withCookies(get("/api/data").header("Content-Type", JSON)),
                preflight(204, demoPreflight(LOCALHOST)), CORS_OK, PREFLIGHT_THEN_ACTUAL);
    }

    private static void refused(Rows r) {
        r.row("preflight.patch.method-not-allowed", "PATCH is not in methods: ok status, ACAO, no ACAM", LOCALHOST,
                withCookies(request("PATCH", ITEM)), denied(Denial.METHOD_NOT_ALLOWED, 204, demoRefused(LOCALHOST)),
                NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("preflight.patch.lowercase-not-normalized", "fetch keeps 'patch' lowercase; it never matches", LOCALHOST,
                withCookies(request("patch", ITEM)), denied(Denial.METHOD_NOT_ALLOWED, 204, demoRefused(LOCALHOST)),
                NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("preflight.purge.custom-method", "a custom method not listed", APP, request("PURGE", ITEM),
                denied(Denial.METHOD_NOT_ALLOWED, 204, demoRefused(APP)), NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("preflight.x-api-key.header-not-allowed", "a custom header not listed", LOCALHOST,
                withCookies(get("/api/data").header("X-Api-Key", "k")),
                denied(Denial.HEADERS_NOT_ALLOWED, 204, demoRefused(LOCALHOST)), NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("preflight.several-headers.one-not-allowed", "Authorization and Content-Type are listed,"
                + " X-Requested-With is not", LOCALHOST, putWithToken().header("X-Requested-With", "fetch"),
                denied(Denial.HEADERS_NOT_ALLOWED, 204, demoRefused(LOCALHOST)), NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("preflight.accept-language.unsafe-value", "Accept-Language with '@' is not safelisted", APP,
                get("/api/data").header("Accept-Language", "fr@x"),
                denied(Denial.HEADERS_NOT_ALLOWED, 204, demoRefused(APP)), NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("preflight.put.disallowed-origin", "a preflight from an unlisted origin: 403, no CORS headers", EVIL,
                putWithToken(), denied(Denial.ORIGIN_NOT_ALLOWED, 403, "Vary=Origin"), NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("preflight.put.null-origin", "a preflight from a sandboxed page: 403", NULL, putWithToken(),
                denied(Denial.ORIGIN_NULL_NOT_ALLOWED, 403, "Vary=Origin"), NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("preflight.put.lookalike-suffix", "a look-alike origin gets no preflight approval",
                "https://evilapp.localhost", putWithToken(), denied(Denial.ORIGIN_NOT_ALLOWED, 403, "Vary=Origin"),
                NETWORK_ERROR, PREFLIGHT_ONLY);
        r.row("preflight.put.other-port", "the dev origin on another port", "http://localhost:5173", putWithToken(),
                denied(Denial.ORIGIN_NOT_ALLOWED, 403, "Vary=Origin"), NETWORK_ERROR, PREFLIGHT_ONLY);
    }

    private static void safelisted(Rows r) {
        r.row("safelisted.post-text-plain", "POST text/plain is CORS-safelisted: no preflight", LOCALHOST,
                withCookies(request("POST", "/api/data").header("Content-Type", "text/plain;charset=UTF-8")),
                actual(201, demoOther(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        r.row("safelisted.post-form-urlencoded", "a form-encoded POST needs no preflight", APP,
                withCookies(request("POST", "/api/data").header("Content-Type", "application/x-www-form-urlencoded")),
                actual(201, demoOther(APP)), CORS_OK, NO_PREFLIGHT);
        r.row("safelisted.post-multipart", "a multipart POST needs no preflight", APP,
                request("POST", "/api/data").header("Content-Type", "multipart/form-data; boundary=x"),
                actual(201, demoOther(APP)), CORS_OK, NO_PREFLIGHT);
        r.row("safelisted.accept-language", "Accept-Language with a plain value is safelisted", LOCALHOST,
                get("/api/data").header("Accept-Language", "fr-CH, fr;q=0.9"), actual(200, demoData(LOCALHOST)),
                CORS_OK, NO_PREFLIGHT);
        r.row("safelisted.accept", "Accept is safelisted", LOCALHOST,
                get("/api/data").header("Accept", "application/json"),
                actual(200, demoData(LOCALHOST)), CORS_OK, NO_PREFLIGHT);
        r.row("safelisted.post-text-plain.disallowed-origin", "a simple POST from anywhere is sent and run; only"
                + " reading is blocked", EVIL, request("POST", "/api/data").header("Content-Type", "text/plain"),
                denied(Denial.ORIGIN_NOT_ALLOWED, 201, "Vary=Origin"), NETWORK_ERROR, NO_PREFLIGHT);
    }
}
