package dev.corstck.tck.simulator.differential;

import dev.corstck.fetch.response.Outcome;
import dev.corstck.tck.simulator.Action;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.PreflightUse;
import dev.corstck.tck.simulator.Scenario;
import dev.corstck.tck.simulator.replay.ScriptRule;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The small vocabulary the scenario groups are written in: canonical origins, servers, expectations. */
final class Dsl {

    /** The page. */
    static final String A = "http://" + DifferentialScenarios.PAGE_HOST;
    /** The target. */
    static final String B = "http://" + DifferentialScenarios.TARGET_HOST;
    /** A third origin. */
    static final String B2 = "http://" + DifferentialScenarios.OTHER_HOST;
    static final String URL = B + "/r";
    static final String ACAO = "Access-Control-Allow-Origin";
    static final String ACAC = "Access-Control-Allow-Credentials";
    static final String ACAM = "Access-Control-Allow-Methods";
    static final String ACAH = "Access-Control-Allow-Headers";
    static final String ACEH = "Access-Control-Expose-Headers";
    static final String ACMA = "Access-Control-Max-Age";
    static final PreflightUse PF = PreflightUse.PREFLIGHT;
    static final PreflightUse NO = PreflightUse.NO_PREFLIGHT;

    private Dsl() {
    }

    static FetchRequest get() {
        return FetchRequest.get(A, URL);
    }

    static Expectation expect(Outcome o, PreflightUse p) {
        return Expectation.of(o, p);
    }

    static Expectation corsOk(PreflightUse p) {
        return Expectation.of(Outcome.CORS_OK, p);
    }

    static Expectation error(PreflightUse p) {
        return Expectation.of(Outcome.NETWORK_ERROR, p);
    }

    static ScriptedResponse resp(int status, String... headers) {
        return ScriptedResponse.of(status, headers);
    }

    /** Echo Origin, ACRM and ACRH with credentials on the preflight and the actual response: allows everything. */
    static ServerScript permissive() {
        return ServerScript.of("/r", resp(204, ACAO, "{origin}", ACAC, "true", ACAM, "{acrm}", ACAH, "{acrh}"),
                resp(200, ACAO, "{origin}", ACAC, "true"));
    }

    /** Allow the page's origin on actual responses only; OPTIONS gets a 404 without CORS headers. */
    static ServerScript simpleOnly() {
        return ServerScript.of("/r", resp(404), resp(200, ACAO, "{origin}", ACAC, "true"));
    }

    static ServerScript script(ScriptRule... rules) {
        return new ServerScript(List.of(rules));
    }

    static ScriptRule rule(String method, String path, ScriptedResponse r) {
        return new ScriptRule(method, path, r);
    }

    static Map<String, ServerScript> at(ServerScript b) {
        return Map.of(B, b);
    }

    /** A row under construction: one fetch (or a sequence), servers, the spec expectation, engine departures. */
    static final class Row {
        private final String group;
        private final String id;
        private final List<Action> actions;
        private final Map<String, ServerScript> servers;
        private final Expectation spec;
        private final Map<Engine, Expectation> engines = new EnumMap<>(Engine.class);
        private Replay replay = Replay.BROWSER;

        Row(String group, String id, List<Action> actions, Map<String, ServerScript> servers, Expectation spec) {
            this.group = group;
            this.id = id;
            this.actions = actions;
            this.servers = servers;
            this.spec = spec;
        }

        Row engine(Engine e, Expectation x) {
            engines.put(e, x);
            return this;
        }

        Row engines(Expectation x) {
            engines.put(Engine.CHROMIUM, x);
            engines.put(Engine.FIREFOX, x);
            engines.put(Engine.WEBKIT, x);
            return this;
        }

        Row replay(Replay r) {
            this.replay = r;
            return this;
        }

        DifferentialScenario build() {
            return new DifferentialScenario(group, new Scenario(group + "/" + id, "", actions), servers, spec, engines,
                    replay);
        }
    }

    static Row row(String group, String id, FetchRequest r, Map<String, ServerScript> servers, Expectation spec) {
        return new Row(group, id, List.of(new Action.Fetch(r)), servers, spec);
    }

    static Row sequence(String group, String id, List<Action> actions, Map<String, ServerScript> servers,
            Expectation spec) {
        return new Row(group, id, actions, servers, spec);
    }
}
