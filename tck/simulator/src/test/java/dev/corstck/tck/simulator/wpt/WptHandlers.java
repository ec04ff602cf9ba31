package dev.corstck.tck.simulator.wpt;

import dev.corstck.fetch.http.HeaderList;
import dev.corstck.tck.simulator.replay.ScriptRule;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import java.util.List;
import java.util.Map;

/**
 * What WPT's CORS handlers answer for given query parameters, as scripted rules (facts from the handlers'
 * behaviour; no handler code is carried over).
 */
final class WptHandlers {

    private WptHandlers() {
    }

    /** The rules that make {@code path} on one origin behave like {@code handler} with {@code params}. */
    static List<ScriptRule> rules(String handler, String path, Map<String, String> params, List<List<String>> headers) {
        return switch (handler) {
            case "preflight.py" -> preflight(path, params);
            case "redirect.py" -> redirect(path, params);
            case "cors-makeheader.py" -> makeHeader(path, params);
            case "top.txt" -> List.of(new ScriptRule("*", path, new ScriptedResponse(200, pipe(headers), "top")));
            default -> throw new IllegalArgumentException("no model of WPT handler " + handler);
        };
    }

    /**
     * {@code fetch/api/resources/preflight.py}: {@code origin} (default {@code *}) split on {@code ", "} into separate
     * ACAO lines on every response; {@code credentials} adds ACAC; on OPTIONS, {@code preflight_status},
     * {@code allow_methods}, {@code allow_headers} and {@code max_age}; the actual response exposes {@code x-origin}.
     */
    private static List<ScriptRule> preflight(String path, Map<String, String> p) {
        HeaderList common = HeaderList.empty();
        for (String o : p.getOrDefault("origin", "*").split(", ", -1)) {
            common = common.with("Access-Control-Allow-Origin", o);
        }
        if (p.containsKey("credentials")) {
            common = common.with("Access-Control-Allow-Credentials", "true");
        }
        HeaderList options = common;
        options = p.containsKey("allow_methods") ? options.with("Access-Control-Allow-Methods", p.get("allow_methods"))
                : options;
        options = p.containsKey("allow_headers") ? options.with("Access-Control-Allow-Headers", p.get("allow_headers"))
                : options;
        options = p.containsKey("max_age") ? options.with("Access-Control-Max-Age", p.get("max_age")) : options;
        int status = Integer.parseInt(p.getOrDefault("preflight_status", "200"));
        HeaderList actual = common.with("Access-Control-Expose-Headers", "x-did-preflight, x-control-request-headers, "
                + "x-referrer, x-preflight-referrer, x-origin").with("x-origin", "{origin}");
        return List.of(new ScriptRule("OPTIONS", path, new ScriptedResponse(status, options, "")),
                new ScriptRule("*", path, new ScriptedResponse(200, actual, "")));
    }

    /**
     * {@code fetch/api/resources/redirect.py}: {@code redirect_status} (default 302) to {@code location}, echoing the
     * request's Origin into ACAO with ACAC {@code true}; OPTIONS answers 200 (with {@code allow_headers}) unless
     * {@code redirect_preflight} is set.
     */
    private static List<ScriptRule> redirect(String path, Map<String, String> p) {
        HeaderList cors = HeaderList.of("Access-Control-Allow-Origin", "{origin}", "Access-Control-Allow-Credentials",
                "true");
        ScriptedResponse hop = new ScriptedResponse(Integer.parseInt(p.getOrDefault("redirect_status", "302")),
                cors.with("Location", p.get("location")), "");
        HeaderList options = p.containsKey("allow_headers")
                ? cors.with("Access-Control-Allow-Headers", p.get("allow_headers")) : cors;
        ScriptRule preflight = new ScriptRule("OPTIONS", path, p.containsKey("redirect_preflight") ? hop
                : new ScriptedResponse(200, options, ""));
        return List.of(preflight, new ScriptRule("*", path, hop));
    }

    /**
     * {@code cors/resources/cors-makeheader.py}: ACAO from {@code origin} (default: the request's Origin, echoed), a
     * second ACAO line from {@code origin2}; a 200 whose body echoes the request headers.
     */
    private static List<ScriptRule> makeHeader(String path, Map<String, String> p) {
        HeaderList h = HeaderList.of("Access-Control-Allow-Origin", p.getOrDefault("origin", "{origin}"));
        h = p.containsKey("origin2") ? h.with("Access-Control-Allow-Origin", p.get("origin2")) : h;
        return List.of(new ScriptRule("*", path, new ScriptedResponse(200, h, "{}")));
    }

    /** wptserve's {@code pipe=header(Name,Value)} headers on {@code top.txt}. */
    private static HeaderList pipe(List<List<String>> headers) {
        HeaderList h = HeaderList.of("Content-Type", "text/plain");
        for (List<String> pair : headers) {
            h = h.with(pair.get(0), pair.get(1));
        }
        return h;
    }
}
