package dev.corstck.tck.simulator;

import dev.corstck.tck.simulator.replay.ScriptRule;
import dev.corstck.tck.simulator.replay.ScriptedResponder;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.Map;

/** Shared origins and scripted servers for the simulator's tests. */
final class Fixtures {

    /** The requesting page. */
    static final String A = "https://app.example";
    /** The server under test. */
    static final String B = "https://api.example";
    /** A third origin. */
    static final String B2 = "https://other.example";
    static final String URL = B + "/r";

    private Fixtures() {
    }

    /** A server at B answering OPTIONS /r with {@code preflight} and anything else on /r with {@code actual}. */
    static ScriptedResponder server(ScriptedResponse preflight, ScriptedResponse actual) {
        return ScriptedResponder.of(B, ServerScript.of("/r", preflight, actual));
    }

    /** A server at B answering every method on /r with {@code actual} (OPTIONS included). */
    static ScriptedResponder server(ScriptedResponse actual) {
        return ScriptedResponder.of(B, new ServerScript(java.util.List.of(new ScriptRule("*", "/r", actual))));
    }

    static ScriptedResponder servers(Map<String, ServerScript> scripts) {
        return new ScriptedResponder(scripts);
    }

    static ScriptedResponse ok(String... headers) {
        return ScriptedResponse.of(200, headers);
    }

    static ScriptedResponse status(int status, String... headers) {
        return ScriptedResponse.of(status, headers);
    }

    /** A server at B allowing everything: echoes Origin, ACRM and ACRH, with credentials, on both responses. */
    static ScriptedResponder permissive() {
        return server(status(204, "Access-Control-Allow-Origin", "{origin}", "Access-Control-Allow-Credentials", "true",
                "Access-Control-Allow-Methods", "{acrm}", "Access-Control-Allow-Headers", "{acrh}"),
                ok("Access-Control-Allow-Origin", "{origin}", "Access-Control-Allow-Credentials", "true"));
    }

    /** A GET from A to B/r. */
    static FetchRequest get() {
        return FetchRequest.get(A, URL);
    }

    static Prediction predict(BrowserProfile profile, FetchRequest request, ScriptedResponder responder) {
        return new SimulatedBrowser(profile).fetch(request, responder);
    }

    static Prediction spec(FetchRequest request, ScriptedResponder responder) {
        return predict(BrowserProfile.SPEC, request, responder);
    }
}
