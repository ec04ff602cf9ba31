package dev.corstck.reference.scenario;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.reference.decision.Denial;
import dev.corstck.fetch.http.HeaderList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The small language the scenario rows are written in. */
final class Rows {

    static final String LOCALHOST = "http://localhost:3000";
    static final String LOOPBACK_IP = "http://127.0.0.1:3000";
    static final String APP = "https://app.localhost";
    static final String EVIL = "https://evil.example";
    static final String NULL = "null";

    private static final Map<String, String> NAMES = Map.of("ACAO", "Access-Control-Allow-Origin",
            "ACAC", "Access-Control-Allow-Credentials", "ACAM", "Access-Control-Allow-Methods",
            "ACAH", "Access-Control-Allow-Headers", "ACEH", "Access-Control-Expose-Headers",
            "ACMA", "Access-Control-Max-Age", "ACAPN", "Access-Control-Allow-Private-Network", "Vary", "Vary");

    private final List<Scenario> out = new ArrayList<>();
    private ScenarioServer server = Servers.DEMO;

    /** The first response on the wire, as the reference server answers it. */
    record First(DecisionKind decision, Optional<Denial> denial, int status, HeaderList headers) {
    }

    Rows server(ScenarioServer value) {
        server = value;
        return this;
    }

    Rows row(String id, String description, String pageOrigin, ScenarioRequest request, First first,
            BrowserOutcome outcome, WireTraffic traffic) {
        String group = id.substring(0, id.indexOf('.'));
        Expectation expected = new Expectation(first.decision(), first.denial(), first.status(), first.headers(),
                outcome, traffic);
        out.add(new Scenario(id, group, description, server, pageOrigin, request, expected));
        return this;
    }

    List<Scenario> scenarios() {
        return List.copyOf(out);
    }

    static ScenarioRequest request(String method, String path) {
        return new ScenarioRequest(method, path, HeaderList.empty(), CredentialsMode.SAME_ORIGIN, RequestMode.CORS);
    }

    static ScenarioRequest get(String path) {
        return request("GET", path);
    }

    /** A credentialed request: {@code credentials: "include"}. */
    static ScenarioRequest withCookies(ScenarioRequest request) {
        return request.withCredentials(CredentialsMode.INCLUDE);
    }

    static ScenarioRequest noCors(ScenarioRequest request) {
        return request.withMode(RequestMode.NO_CORS);
    }

    static First actual(int status, String headers) {
        return new First(DecisionKind.ACTUAL, Optional.empty(), status, headers(headers));
    }

    static First preflight(int status, String headers) {
        return new First(DecisionKind.PREFLIGHT, Optional.empty(), status, headers(headers));
    }

    static First notCors(int status, String headers) {
        return new First(DecisionKind.NOT_CORS, Optional.empty(), status, headers(headers));
    }

    static First denied(Denial denial, int status, String headers) {
        return new First(DecisionKind.DISALLOWED, Optional.of(denial), status, headers(headers));
    }

    /** Parse {@code "ACAO=x; ACAC=true; Vary=Accept-Encoding, Origin"} (abbreviated names; one line per entry). */
    static HeaderList headers(String compact) {
        HeaderList.Builder list = HeaderList.builder();
        for (String entry : compact.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String name = NAMES.get(entry.substring(0, eq).strip());
            if (name == null) {
                throw new IllegalArgumentException("unknown header abbreviation in " + entry);
            }
            list.add(name, entry.substring(eq + 1).strip());
        }
        return list.build();
    }

    /** The CORS headers the demo policy puts on an allowed {@code GET /api/data} from {@code origin}. */
    static String demoData(String origin) {
        return "ACAO=" + origin + "; ACAC=true; ACEH=X-Request-Id; Vary=Accept-Encoding, Origin";
    }

    /** The CORS headers the demo policy puts on any other allowed actual response for {@code origin}. */
    static String demoOther(String origin) {
        return "ACAO=" + origin + "; ACAC=true; ACEH=X-Request-Id; Vary=Origin";
    }

    /** The CORS headers the demo policy puts on an allowed preflight from {@code origin}. */
    static String demoPreflight(String origin) {
        return "ACAO=" + origin + "; ACAC=true; ACAM=GET,POST,PUT,DELETE; ACAH=Content-Type,Authorization;"
                + " ACMA=600; Vary=Origin";
    }

    /** The CORS headers of a refused preflight from an allowed origin under the demo policy. */
    static String demoRefused(String origin) {
        return "ACAO=" + origin + "; ACAC=true; Vary=Origin";
    }
}
