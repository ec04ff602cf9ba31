package dev.corstck.tck.simulator.differential;

import static dev.corstck.tck.simulator.differential.Dsl.*;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.simulator.Action;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The preflight cache: max-age parsing and caps per engine, keys, credentials, accumulation (R-CACHE, §2.1–2.2). */
final class CacheGroup {

    private static final String G = "preflight-cache";

    private CacheGroup() {
    }

    private static Map<String, ServerScript> server(String... maxAge) {
        ScriptedResponse pf = resp(204, ACAO, "{origin}", ACAC, "true", ACAM, "{acrm}", ACAH, "{acrh}");
        for (String v : maxAge) {
            pf = pf.with(ACMA, v);
        }
        return at(ServerScript.of("/r", pf, resp(200, ACAO, "{origin}", ACAC, "true")));
    }

    /** The fetches in order, waiting {@code wait} before the last; the last one preflights or not. */
    private static Dsl.Row seq(String id, Map<String, ServerScript> s, Duration wait, boolean preflight,
            FetchRequest... fetches) {
        return sequence(G, id, actionsOf(wait, fetches), s, corsOk(preflight ? PF : NO));
    }

    private static List<Action> actionsOf(Duration wait, FetchRequest... fetches) {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < fetches.length; i++) {
            if (i == fetches.length - 1 && !wait.isZero()) {
                actions.add(new Action.Wait(wait));
            }
            actions.add(new Action.Fetch(fetches[i]));
        }
        return actions;
    }

    static List<DifferentialScenario> scenarios() {
        FetchRequest put = get().withMethod("PUT");
        FetchRequest cred = put.withCredentials(CredentialsMode.INCLUDE);
        Duration now = Duration.ZERO;
        List<DifferentialScenario> out = new ArrayList<>();
        out.add(seq("max-age-600", server("600"), now, false, put, put).build());
        out.add(seq("default-within-5s", server(), Duration.ofSeconds(2), false, put, put).build());
        out.add(seq("default-after-6s", server(), Duration.ofSeconds(6), true, put, put).build());
        out.add(seq("max-age-0", server("0"), now, true, put, put).build());
        out.add(seq("max-age-1-after-2s", server("1"), Duration.ofSeconds(2), true, put, put).build());
        out.add(seq("max-age-negative", server("-1"), now, false, put, put).engines(corsOk(PF)).build());
        out.add(seq("max-age-garbage", server("abc"), now, false, put, put).engine(Engine.FIREFOX, corsOk(PF))
                .build());
        out.add(seq("max-age-plus-sign", server("+5"), now, false, put, put).engine(Engine.FIREFOX, corsOk(PF))
                .build());
        out.add(seq("max-age-two-lines", server("600", "600"), now, false, put, put)
                .engine(Engine.FIREFOX, corsOk(PF)).build());
        out.add(seq("credentialed-serves-anonymous", server("600"), now, false, cred, put)
                .engine(Engine.FIREFOX, corsOk(PF)).build());
        out.add(seq("anonymous-does-not-serve-credentialed", server("600"), now, true, put, cred).build());
        out.add(seq("other-query", server("600"), now, true, put, put.withUrl(URL + "?q=1")).build());
        out.add(seq("new-header", server("600"), now, true, put.withHeader("X-A", "1"), put.withHeader("X-B", "1"))
                .build());
        out.add(seq("entries-accumulate", server("600"), now, false, put.withHeader("X-A", "1"),
                put.withHeader("X-B", "1"), put.withHeader("X-A", "1"))
                .engine(Engine.CHROMIUM, corsOk(PF)).engine(Engine.WEBKIT, corsOk(PF)).build());
        out.add(seq("webkit-cap-600", server("3600"), Duration.ofSeconds(700), false, put, put)
                .engine(Engine.WEBKIT, corsOk(PF)).replay(Replay.SIMULATOR_ONLY_LONG_WAIT).build());
        out.add(seq("chromium-cap-7200", server("86400"), Duration.ofSeconds(7300), false, put, put)
                .engine(Engine.CHROMIUM, corsOk(PF)).engine(Engine.WEBKIT, corsOk(PF))
                .replay(Replay.SIMULATOR_ONLY_LONG_WAIT).build());
        out.add(sequence(G, "failure-clears-entries", actionsOf(now, put, put),
                at(ServerScript.of("/r", resp(204, ACAO, "{origin}", ACAM, "PUT", ACMA, "600"), resp(200))),
                error(PF)).engine(Engine.CHROMIUM, error(NO)).engine(Engine.WEBKIT, error(NO)).build());
        return out;
    }
}
