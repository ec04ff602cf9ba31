package dev.corstck.tck.simulator.differential;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.tck.simulator.Action;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import dev.corstck.tck.simulator.Scenario;
import dev.corstck.tck.simulator.replay.ScriptRule;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replace canonical {@code host:port} strings throughout a scenario and its scripts, or move every path the scenario
 * touches under a prefix so many scenarios can share one server and one browsing context.
 */
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

    /**
     * A copy whose fetch and cookie URLs, script rule paths and {@code Location} values (relative or absolute http)
     * sit under {@code prefix}: its URLs are its own, so no cache entry or cookie of another scenario applies.
     */
    static DifferentialScenario underPath(DifferentialScenario d, String prefix) {
        Scenario s = d.scenario();
        List<Action> actions = s.actions().stream().map(a -> prefixed(a, prefix)).toList();
        Map<String, ServerScript> servers = new LinkedHashMap<>();
        d.servers().forEach((origin, script) -> servers.put(origin, new ServerScript(script.rules().stream()
                .map(rule -> new ScriptRule(rule.method(), prefix + rule.path(), prefixed(rule.response(), prefix)))
                .toList())));
        return new DifferentialScenario(d.group(), new Scenario(s.id(), s.description(), actions), servers, d.spec(),
                d.engines(), d.replay());
    }

    private static Action prefixed(Action a, String prefix) {
        if (a instanceof Action.Fetch f) {
            return new Action.Fetch(f.request().withUrl(url(f.request().url(), prefix)));
        }
        if (a instanceof Action.SeedCookie c) {
            return new Action.SeedCookie(url(c.url(), prefix), c.setCookie());
        }
        return a;
    }

    private static ScriptedResponse prefixed(ScriptedResponse r, String prefix) {
        List<HeaderField> fields = r.headers().fields().stream().map(f -> f.name().equalsIgnoreCase("Location")
                ? new HeaderField(f.name(), url(f.value(), prefix)) : f).toList();
        return new ScriptedResponse(r.status(), new HeaderList(fields), r.body());
    }

    /** Put {@code prefix} before the path of an absolute http(s) URL or a path-absolute reference; others unchanged. */
    static String url(String url, String prefix) {
        if (url.startsWith("/") && !url.startsWith("//")) {
            return prefix + url;
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return url;
        }
        int authority = url.indexOf("://") + 3;
        int path = url.indexOf('/', authority);
        return path < 0 ? url + prefix + "/" : url.substring(0, path) + prefix + url.substring(path);
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
        Origin origin = r.origin() instanceof TupleOrigin ? FetchUrl.parseOrigin(text(r.origin().serialize(), m)) : r.origin();
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
