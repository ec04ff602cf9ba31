package dev.corstck.tck.simulator.differential;

import dev.corstck.reference.http.HeaderField;
import dev.corstck.reference.http.HeaderList;
import dev.corstck.tck.simulator.Action;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.Origin;
import dev.corstck.tck.simulator.Scenario;
import dev.corstck.tck.simulator.replay.ScriptRule;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Replace canonical {@code host:port} strings throughout a scenario and its scripts. */
final class Rebinder {

    private Rebinder() {
    }

    static DifferentialScenario rebind(DifferentialScenario d, Map<String, String> hostPorts) {
        Scenario s = d.scenario();
        List<Action> actions = s.actions().stream().map(a -> action(a, hostPorts)).toList();
        Map<String, ServerScript> servers = new LinkedHashMap<>();
        d.servers().forEach((origin, script) -> servers.put(text(origin, hostPorts), script(script, hostPorts)));
        return new DifferentialScenario(d.group(), new Scenario(s.id(), s.description(), actions), servers, d.spec(),
                d.engines(), d.replay());
    }

    private static Action action(Action a, Map<String, String> m) {
        if (a instanceof Action.Fetch f) {
            return new Action.Fetch(request(f.request(), m));
        }
        if (a instanceof Action.SeedCookie c) {
            return new Action.SeedCookie(text(c.url(), m), c.setCookie());
        }
        return a;
    }

    private static FetchRequest request(FetchRequest r, Map<String, String> m) {
        Origin origin = r.origin() instanceof Origin.Tuple ? Origin.parse(text(r.origin().serialize(), m)) : r.origin();
        return r.withOrigin(origin).withUrl(text(r.url(), m)).withHeaders(headers(r.headers(), m));
    }

    private static ServerScript script(ServerScript s, Map<String, String> m) {
        return new ServerScript(s.rules().stream().map(rule -> new ScriptRule(rule.method(), rule.path(),
                new ScriptedResponse(rule.response().status(), headers(rule.response().headers(), m),
                        rule.response().body()))).toList());
    }

    private static HeaderList headers(HeaderList h, Map<String, String> m) {
        return new HeaderList(h.fields().stream().map(f -> new HeaderField(f.name(), text(f.value(), m))).toList());
    }

    private static String text(String s, Map<String, String> m) {
        String out = s;
        for (Map.Entry<String, String> e : m.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}
