package dev.corstck.tck.simulator.wpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.tck.simulator.Body;
import dev.corstck.tck.simulator.BodyKind;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import dev.corstck.tck.simulator.replay.ScriptRule;
import dev.corstck.tck.simulator.replay.ScriptedResponder;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One WPT subtest as encoded under {@code simulator/wpt/}: the fetch, the handlers' behaviour, the expectation. */
record WptSubtest(String file, String name, FetchRequest request, ScriptedResponder responder, JsonNode expect,
        Optional<String> known) {

    /** WPT's host names (get-host-info.sub.js) with the default wptserve ports. */
    static final Map<String, String> ORIGINS = Map.of(
            "{ORIGIN}", "http://web-platform.test:8000",
            "{ORIGIN_DIFFERENT_PORT}", "http://web-platform.test:8001",
            "{REMOTE}", "http://www1.web-platform.test:8000",
            "{REMOTE_DIFFERENT_PORT}", "http://www1.web-platform.test:8001",
            "{HTTPS_ORIGIN}", "https://web-platform.test:8443",
            "{HTTPS_REMOTE}", "https://www1.web-platform.test:8443");

    static final List<String> FILES = List.of("cors-basic.any.js", "cors-no-preflight.any.js",
            "cors-preflight-status.any.js", "cors-preflight-star.any.js", "cors-preflight-not-cors-safelisted.any.js",
            "cors-preflight-redirect.any.js", "cors-redirect.any.js", "cors-multiple-origins.js", "cors-filtering.js",
            "cors-expose-star.js", "cors-preflight-response-validation.any.js", "origin.htm");

    @Override
    public String toString() {
        return file + " :: " + name;
    }

    static List<WptSubtest> all() {
        List<WptSubtest> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String f : FILES) {
            try (InputStream in = WptSubtest.class.getResourceAsStream("/simulator/wpt/" + f + ".json")) {
                JsonNode root = json.readTree(in);
                for (JsonNode s : root.get("subtests")) {
                    out.add(parse(root.get("wpt").asText(), s));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(f, e);
            }
        }
        return out;
    }

    static String origins(String s) {
        String out = s;
        for (Map.Entry<String, String> e : ORIGINS.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static WptSubtest parse(String file, JsonNode s) {
        JsonNode r = s.get("request");
        HeaderList headers = HeaderList.empty();
        for (JsonNode h : r.get("headers")) {
            headers = headers.with(h.get(0).asText(), h.get(1).asText());
        }
        String method = r.get("method").asText();
        Body body = method.equalsIgnoreCase("POST") ? Body.of(BodyKind.STRING) : Body.none();
        FetchRequest request = new FetchRequest(FetchUrl.parseOrigin(origins(r.get("page").asText())), method,
                origins(r.get("url").asText()), headers, body, mode(r.get("mode").asText()),
                CredentialsMode.valueOf(enumName(r.get("credentials").asText())),
                RedirectMode.valueOf(enumName(r.get("redirect").asText())));
        Map<String, ServerScript> scripts = new LinkedHashMap<>();
        for (JsonNode srv : s.get("servers")) {
            Map<String, String> params = new LinkedHashMap<>();
            srv.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().isTextual()
                    ? origins(e.getValue().asText()) : e.getValue().toString()));
            List<List<String>> pipe = new ArrayList<>();
            srv.get("params").path("headers").forEach(p -> pipe.add(List.of(p.get(0).asText(), origins(p.get(1).asText()))));
            String origin = origins(srv.get("origin").asText());
            ServerScript script = scripts.getOrDefault(origin, ServerScript.empty());
            for (ScriptRule rule : WptHandlers.rules(srv.get("handler").asText(), srv.get("path").asText(), params,
                    pipe)) {
                script = script.with(rule);
            }
            scripts.put(origin, script);
        }
        Optional<String> known = s.has("known") ? Optional.of(s.get("known").asText()) : Optional.empty();
        return new WptSubtest(file, s.get("name").asText(), request, new ScriptedResponder(scripts), s.get("expect"),
                known);
    }

    private static RequestMode mode(String js) {
        return RequestMode.valueOf(enumName(js));
    }

    private static String enumName(String js) {
        return js.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
