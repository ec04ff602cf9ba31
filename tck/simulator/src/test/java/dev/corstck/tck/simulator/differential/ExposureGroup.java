package dev.corstck.tck.simulator.differential;

import static dev.corstck.tck.simulator.differential.Dsl.*;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.ArrayList;
import java.util.List;

/** Exposed response headers (R-EXPOSE-01…03, R-FORBID-02); the comparison is on the visible header names. */
final class ExposureGroup {

    private static final String G = "exposure";

    private ExposureGroup() {
    }

    static List<DifferentialScenario> scenarios() {
        List<DifferentialScenario> out = new ArrayList<>();
        List<List<String>> acehs = List.of(List.of(), List.of("X-Custom"), List.of("x-custom, ETag"),
                List.of("etag", "x-custom"), List.of("Set-Cookie, X-Custom"), List.of("*"), List.of("*, etag"),
                List.of(",,x-custom,"), List.of("x-custom, bad name"), List.of("Content-Length, Date"));
        for (List<String> aceh : acehs) {
            for (boolean credentials : List.of(false, true)) {
                ScriptedResponse r = resp(200, ACAO, "{origin}", ACAC, "true", "Content-Type", "text/plain",
                        "Cache-Control", "no-cache", "ETag", "\"e\"", "X-Custom", "1", "Set-Cookie", "x=1");
                for (String line : aceh) {
                    r = r.with(ACEH, line);
                }
                String id = "aceh" + aceh + (credentials ? "-credentials" : "");
                out.add(row(G, id, credentials ? get().withCredentials(CredentialsMode.INCLUDE) : get(),
                        at(ServerScript.of("/r", resp(404), r)), corsOk(NO)).build());
            }
        }
        return out;
    }
}
