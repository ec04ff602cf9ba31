package dev.corstck.tck.simulator.differential;

import static dev.corstck.tck.simulator.differential.Dsl.*;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The CORS check of the actual response (R-CHECK-01…06, R-ORIGIN-02), values after WPT cors/origin.htm. */
final class OriginCheckGroup {

    private static final String G = "cors-check";
    private static final String HOST = DifferentialScenarios.PAGE_HOST;

    private OriginCheckGroup() {
    }

    static List<DifferentialScenario> scenarios() {
        List<DifferentialScenario> out = new ArrayList<>();
        List<String> passing = List.of(A, " " + A, A + " ", "\t" + A + "\t");
        List<String> failing = List.of(A + "/", A + "/path", A + "?", A + "#", A.toUpperCase(Locale.ROOT),
                "https://" + HOST, "http://app.localhost", "http://app.localhost:41002", HOST, "//" + HOST,
                "http://sub." + HOST, "http://localhost:41001", "*.localhost", "http://*.localhost:41001", "**",
                "\"*\"", "'*'", "* null", "null", "", "-", "*" + A, A + ", " + A, A + " " + A, A + "%2F",
                "http://app.localhost.:41001", B);
        for (String v : passing) {
            out.add(acao("pass[" + v + "]", List.of(v), false, true));
            out.add(acao("pass[" + v + "]-credentials", List.of(v), true, true));
        }
        for (String v : failing) {
            out.add(acao("fail[" + v + "]", List.of(v), false, false));
            out.add(acao("fail[" + v + "]-credentials", List.of(v), true, false));
        }
        out.add(acao("star", List.of("*"), false, true));
        out.add(acao("star-credentials", List.of("*"), true, false));
        out.add(acao("missing", List.of(), false, false));
        out.add(acao("two-lines-same", List.of(A, A), false, false));
        out.add(acao("two-lines-star-and-origin", List.of("*", A), false, false));
        out.add(acao("two-lines-origin-and-other", List.of(A, B2), false, false));
        for (String acac : List.of("true", " true ", "TRUE", "True", "\"true\"", "false", "1", "0", "", "true, true")) {
            ScriptedResponse r = resp(200, ACAO, "{origin}").with(ACAC, acac);
            boolean ok = acac.strip().equals("true");
            out.add(row(G, "acac[" + acac + "]", get().withCredentials(CredentialsMode.INCLUDE),
                    at(ServerScript.of("/r", resp(404), r)), ok ? corsOk(NO) : error(NO)).build());
        }
        for (int status : List.of(400, 401, 403, 404, 500, 503)) {
            out.add(row(G, "status-" + status + "-with-acao", get(), at(ServerScript.of("/r", resp(404),
                    resp(status, ACAO, "{origin}"))), corsOk(NO)).build());
            out.add(row(G, "status-" + status + "-without-acao", get(), at(ServerScript.of("/r", resp(404),
                    resp(status))), error(NO)).build());
        }
        return out;
    }

    private static DifferentialScenario acao(String id, List<String> values, boolean credentials, boolean ok) {
        ScriptedResponse r = resp(200, ACAC, "true");
        for (String v : values) {
            r = r.with(ACAO, v);
        }
        FetchRequest req = credentials ? get().withCredentials(CredentialsMode.INCLUDE) : get();
        return row(G, "acao-" + id, req, at(ServerScript.of("/r", resp(404), r)), ok ? corsOk(NO) : error(NO)).build();
    }
}
