package dev.corstck.tck.simulator.differential;

import static dev.corstck.tck.simulator.differential.Dsl.*;

import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.replay.ScriptRule;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Redirects: per-hop CORS check, taint to {@code null}, 20 hops, modes, userinfo, preflights (R-REDIR, R-ORIGIN-05). */
final class RedirectGroup {

    private static final String G = "redirect";
    private static final List<Integer> STATUSES = List.of(301, 302, 303, 307, 308);

    private RedirectGroup() {
    }

    private static ScriptedResponse hop(int status, String location, String acao) {
        ScriptedResponse r = resp(status, "Location", location);
        return acao.isEmpty() ? r : r.with(ACAO, acao);
    }

    private static ScriptRule target(String acao) {
        return rule("*", "/t", acao.isEmpty() ? resp(200) : resp(200, ACAO, acao));
    }

    static List<DifferentialScenario> scenarios() {
        List<DifferentialScenario> out = new ArrayList<>();
        FetchRequest r = FetchRequest.get(A, B + "/redir");
        for (int st : STATUSES) {
            out.add(row(G, st + "-same-target-origin", r, at(script(rule("*", "/redir", hop(st, "/t", "{origin}")),
                    target("{origin}"))), corsOk(NO)).build());
            out.add(row(G, st + "-other-origin-star", r, Map.of(B, script(rule("*", "/redir",
                    hop(st, B2 + "/t", "{origin}"))), B2, script(target("*"))), corsOk(NO)).build());
            out.add(row(G, st + "-other-origin-page-origin", r, Map.of(B, script(rule("*", "/redir",
                    hop(st, B2 + "/t", "{origin}"))), B2, script(target(A))), error(NO)).build());
            out.add(row(G, st + "-other-origin-echo-null", r, Map.of(B, script(rule("*", "/redir",
                    hop(st, B2 + "/t", "{origin}"))), B2, script(target("{origin}"))), corsOk(NO)).build());
            out.add(row(G, st + "-hop-without-acao", r, at(script(rule("*", "/redir", hop(st, "/t", "")),
                    target("*"))), error(NO)).build());
            out.add(counted(st, 20, true));
            out.add(counted(st, 21, false));
        }
        out.add(row(G, "mode-error", r.withRedirect(RedirectMode.ERROR), at(script(rule("*", "/redir",
                hop(302, "/t", "*")), target("*"))), error(NO)).build());
        out.add(row(G, "mode-manual", r.withRedirect(RedirectMode.MANUAL), at(script(rule("*", "/redir",
                hop(302, "/t", "*")), target("*"))), expect(Outcome.OPAQUE_REDIRECT, NO)).build());
        out.add(row(G, "mode-manual-without-acao", r.withRedirect(RedirectMode.MANUAL), at(script(rule("*", "/redir",
                hop(302, "/t", "")), target("*"))), error(NO)).build());
        out.add(row(G, "no-cors-to-other-origin", r.withMode(RequestMode.NO_CORS), Map.of(B, script(rule("*",
                "/redir", hop(302, B2 + "/t", ""))), B2, script(target(""))), expect(Outcome.OPAQUE, NO)).build());
        String host = DifferentialScenarios.OTHER_HOST;
        for (String userinfo : List.of("u:p@", "u@", ":p@")) {
            out.add(row(G, "location-userinfo-" + userinfo.replace("@", ""), r, Map.of(B, script(rule("*", "/redir",
                    hop(302, "http://" + userinfo + host + "/t", "*"))), B2, script(target("*"))), error(NO)).build());
        }
        out.add(row(G, "location-data-url", r, at(script(rule("*", "/redir", hop(302, "data:,x", "*")))), error(NO))
                .build());
        out.add(row(G, "location-missing", r, at(script(rule("*", "/redir", resp(302, ACAO, "*")))), corsOk(NO))
                .build());
        preflighted(out, r);
        return out;
    }

    private static void preflighted(List<DifferentialScenario> out, FetchRequest r) {
        ScriptRule pfB = rule("OPTIONS", "/redir", resp(204, ACAO, "{origin}", ACAM, "{acrm}", ACAH, "{acrh}"));
        ScriptRule pfB2 = rule("OPTIONS", "/t", resp(204, ACAO, "{origin}", ACAM, "{acrm}", ACAH, "{acrh}"));
        out.add(row(G, "put-307-other-origin-target-preflight-ok", r.withMethod("PUT"), Map.of(B, script(pfB,
                rule("*", "/redir", hop(307, B2 + "/t", "{origin}"))), B2, script(pfB2, target("*"))), corsOk(PF))
                .build());
        out.add(row(G, "put-307-other-origin-target-no-preflight", r.withMethod("PUT"), Map.of(B, script(pfB,
                rule("*", "/redir", hop(307, B2 + "/t", "{origin}"))), B2, script(target("*"))), error(PF)).build());
        out.add(row(G, "custom-header-302-target-allows", r.withHeader("X-A", "1"), Map.of(B, script(pfB,
                rule("*", "/redir", hop(302, B2 + "/t", "{origin}"))), B2, script(pfB2, target("*"))), corsOk(PF))
                .build());
        out.add(row(G, "post-json-303-becomes-get", r.withMethod("POST").withHeader("Content-Type", "application/json")
                .withBody(dev.corstck.tck.simulator.Body.of(dev.corstck.tck.simulator.BodyKind.STRING)),
                at(script(pfB, rule("*", "/redir", hop(303, "/t", "{origin}")), target("{origin}"))), corsOk(PF))
                .engine(Engine.WEBKIT, error(PF)).build());
    }

    /** A chain of {@code hops} redirects on B ending at /t; 20 are followed, the 21st fails. */
    private static DifferentialScenario counted(int status, int hops, boolean ok) {
        List<ScriptRule> rules = new ArrayList<>();
        for (int i = 1; i <= hops; i++) {
            rules.add(rule("*", "/c" + i, hop(status, i == hops ? "/t" : "/c" + (i + 1), "*")));
        }
        rules.add(target("*"));
        return row(G, status + "-count-" + hops, FetchRequest.get(A, B + "/c1"), at(new ServerScript(rules)),
                ok ? corsOk(NO) : error(NO)).build();
    }
}
