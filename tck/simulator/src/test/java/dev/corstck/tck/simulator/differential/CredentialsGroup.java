package dev.corstck.tck.simulator.differential;

import static dev.corstck.tck.simulator.differential.Dsl.*;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.simulator.Action;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Cookies across credentials modes and engines' third-party policies (R-CRED-01…04), and opaque-origin pages
 * (R-ORIGIN-04). Outcomes agree; what differs is whether {@code Cookie} reaches the server (compare the journal).
 */
final class CredentialsGroup {

    private static final String G = "credentials";
    private static final String COOKIE = "sid=1; SameSite=None; Secure";

    private CredentialsGroup() {
    }

    static List<DifferentialScenario> scenarios() {
        List<DifferentialScenario> out = new ArrayList<>();
        ServerScript echo = ServerScript.of("/r", resp(204, ACAO, "{origin}", ACAC, "true", ACAM, "{acrm}",
                ACAH, "{acrh}"), resp(200, ACAO, "{origin}", ACAC, "true", "Set-Cookie", "set=2; SameSite=None; Secure"));
        for (CredentialsMode mode : CredentialsMode.values()) {
            FetchRequest r = get().withCredentials(mode);
            out.add(sequence(G, "seeded-cookie-" + mode.token(), List.of(new Action.SeedCookie(URL, COOKIE),
                    new Action.Fetch(r)), at(echo), corsOk(NO)).build());
            out.add(sequence(G, "seeded-lax-cookie-" + mode.token(), List.of(new Action.SeedCookie(URL,
                    "lax=1; SameSite=Lax"), new Action.Fetch(r)), at(echo), corsOk(NO)).build());
            out.add(sequence(G, "set-cookie-then-fetch-" + mode.token(), List.of(new Action.Fetch(r),
                    new Action.Fetch(r)), at(echo), corsOk(NO)).build());
        }
        out.add(sequence(G, "preflight-carries-no-cookie", List.of(new Action.SeedCookie(URL, COOKIE),
                new Action.Fetch(get().withMethod("PUT").withCredentials(CredentialsMode.INCLUDE))), at(echo),
                corsOk(PF)).build());
        opaque(out);
        return out;
    }

    private static void opaque(List<DifferentialScenario> out) {
        FetchRequest r = get().withOrigin(Origin.opaque());
        FetchRequest cred = r.withCredentials(CredentialsMode.INCLUDE);
        out.add(row(G, "opaque-origin-acao-null-credentials", cred, at(ServerScript.of("/r", resp(404),
                resp(200, ACAO, "null", ACAC, "true"))), corsOk(NO)).replay(Replay.NEEDS_OPAQUE_ORIGIN_PAGE).build());
        out.add(row(G, "opaque-origin-acao-star", r, at(ServerScript.of("/r", resp(404), resp(200, ACAO, "*"))),
                corsOk(NO)).replay(Replay.NEEDS_OPAQUE_ORIGIN_PAGE).build());
        out.add(row(G, "opaque-origin-acao-page", r, at(ServerScript.of("/r", resp(404), resp(200, ACAO, A))),
                error(NO)).replay(Replay.NEEDS_OPAQUE_ORIGIN_PAGE).build());
        out.add(row(G, "opaque-origin-acao-missing", r, at(ServerScript.of("/r", resp(404), resp(200))), error(NO))
                .replay(Replay.NEEDS_OPAQUE_ORIGIN_PAGE).build());
    }
}
