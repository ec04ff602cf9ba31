package dev.corstck.tck.simulator.replay;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What one target origin answers: ordered rules, first match wins; unmatched requests get a bare 404.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ServerScript(List<ScriptRule> rules) {

    /** The answer to requests no rule matches: 404 without CORS headers. */
    public static final ScriptedResponse NOT_FOUND = ScriptedResponse.of(404);

    public ServerScript {
        rules = List.copyOf(rules);
    }

    public static ServerScript empty() {
        return new ServerScript(List.of());
    }

    /** A script answering {@code OPTIONS path} with {@code preflight} and any other method with {@code actual}. */
    public static ServerScript of(String path, ScriptedResponse preflight, ScriptedResponse actual) {
        return new ServerScript(List.of(new ScriptRule("OPTIONS", path, preflight), new ScriptRule("*", path, actual)));
    }

    /** A copy with {@code rule} appended (it matches after the existing rules). */
    public ServerScript with(ScriptRule rule) {
        List<ScriptRule> list = new ArrayList<>(rules);
        list.add(rule);
        return new ServerScript(list);
    }

    /** The response template for {@code method} on {@code path}. */
    public ScriptedResponse answer(String method, String path) {
        for (ScriptRule r : rules) {
            if (r.matches(method, path)) {
                return r.response();
            }
        }
        return NOT_FOUND;
    }
}
