package dev.corstck.tck.simulator.differential;

import static dev.corstck.tck.simulator.differential.Dsl.*;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The preflight response's status and CORS check (R-PFRESP-01, -02, -07), statuses after WPT preflight-failure.htm. */
final class PreflightGroup {

    private static final String G = "preflight";

    private PreflightGroup() {
    }

    static List<DifferentialScenario> scenarios() {
        List<DifferentialScenario> out = new ArrayList<>();
        FetchRequest put = get().withMethod("PUT");
        List<Integer> statuses = Stream.of(IntStream.rangeClosed(200, 206), IntStream.of(299),
                IntStream.rangeClosed(300, 308), IntStream.rangeClosed(400, 417), IntStream.rangeClosed(500, 505),
                IntStream.of(680, 790)).flatMap(IntStream::boxed).toList();
        for (int status : statuses) {
            ScriptedResponse pf = resp(status, ACAO, "{origin}", ACAM, "PUT");
            boolean ok = status >= 200 && status <= 299;
            out.add(row(G, "status-" + status, put, at(ServerScript.of("/r", pf, resp(200, ACAO, "{origin}"))),
                    ok ? corsOk(PF) : error(PF)).build());
        }
        FetchRequest cred = put.withCredentials(CredentialsMode.INCLUDE);
        ScriptedResponse actualCred = resp(200, ACAO, "{origin}", ACAC, "true");
        add(out, "no-acao", put, resp(204, ACAM, "PUT"), false);
        add(out, "acao-other", put, resp(204, ACAO, B2, ACAM, "PUT"), false);
        add(out, "acao-star", put, resp(204, ACAO, "*", ACAM, "PUT"), true);
        add(out, "acao-null", put, resp(204, ACAO, "null", ACAM, "PUT"), false);
        add(out, "acao-twice", put, resp(204, ACAO, "{origin}", ACAO, "{origin}", ACAM, "PUT"), false);
        add(out, "credentials-star", cred, resp(204, ACAO, "*", ACAC, "true", ACAM, "PUT"), false);
        add(out, "credentials-no-acac", cred, resp(204, ACAO, "{origin}", ACAM, "PUT"), false);
        add(out, "credentials-acac-true", cred, resp(204, ACAO, "{origin}", ACAC, "true", ACAM, "PUT"), true);
        add(out, "credentials-acac-uppercase", cred, resp(204, ACAO, "{origin}", ACAC, "TRUE", ACAM, "PUT"), false);
        add(out, "redirect-301-with-location", put, resp(301, ACAO, "{origin}", ACAM, "PUT", "Location", B2 + "/r"),
                false);
        add(out, "redirect-307-with-location", put, resp(307, ACAO, "{origin}", ACAM, "PUT", "Location", "/r2"),
                false);
        add(out, "ok-but-actual-without-acao", put, resp(204, ACAO, "{origin}", ACAM, "PUT"), false, resp(200));
        add(out, "ok-actual-credentialed", cred, resp(204, ACAO, "{origin}", ACAC, "true", ACAM, "PUT"), true,
                actualCred);
        return out;
    }

    private static void add(List<DifferentialScenario> out, String id, FetchRequest r, ScriptedResponse pf,
            boolean ok) {
        add(out, id, r, pf, ok, resp(200, ACAO, "{origin}", ACAC, "true"));
    }

    private static void add(List<DifferentialScenario> out, String id, FetchRequest r, ScriptedResponse pf,
            boolean ok, ScriptedResponse actual) {
        out.add(row(G, id, r, at(ServerScript.of("/r", pf, actual)), ok ? corsOk(PF) : error(PF)).build());
    }
}
