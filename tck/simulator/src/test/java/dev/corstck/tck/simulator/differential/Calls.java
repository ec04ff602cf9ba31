package dev.corstck.tck.simulator.differential;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.harness.Body;
import dev.corstck.harness.FetchCall;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.replay.ScriptRule;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ScriptedServer;
import java.net.URI;
import java.util.List;

/** The harness calls a scenario's actions become: its fetches, pauses (waits and markers) and cookie seeding. */
final class Calls {

    private static final String SEED = "/.seed";

    private Calls() {
    }

    /** The page's {@code fetch()} as the harness makes it. */
    static FetchCall fetch(String id, FetchRequest r) {
        FetchCall c = new FetchCall(id, URI.create(r.url()), r.method(), List.of(), body(r),
                r.mode(), r.credentials(),
                r.redirect());
        for (HeaderField h : r.headers().fields()) {
            c = c.withHeader(h.name(), h.value());
        }
        return c;
    }

    /** A simple GET the server answers after {@code ms}: real time passes, and the journal marks the spot. */
    static FetchCall pause(String id, String base, long ms) {
        return FetchCall.get(base + ScriptedServer.PAUSE + "?ms=" + ms).withId(id);
    }

    /**
     * A credentialed GET whose answer sets the cookie (the browser test's stand-in for the user having visited the
     * target: with the harness' third-party cookies allowed, the engines store it under the scenario's path).
     */
    static FetchCall seed(String id, String base) {
        return FetchCall.get(base + SEED).withId(id).withCredentials(CredentialsMode.INCLUDE);
    }

    /** The rule that answers {@link #seed} under {@code prefix}. */
    static ScriptRule seedRule(String prefix, String setCookie) {
        return new ScriptRule("GET", prefix + SEED, ScriptedResponse.of(204, "Access-Control-Allow-Origin", "{origin}",
                "Access-Control-Allow-Credentials", "true", "Set-Cookie", setCookie));
    }

    private static Body body(FetchRequest r) {
        return switch (r.body().kind()) {
            case NONE, STREAM -> Body.none();
            case STRING -> Body.text(r.body().text());
            case URL_SEARCH_PARAMS -> Body.urlSearchParams(r.body().text());
            case FORM_DATA -> Body.formData(r.body().text());
            case BLOB -> Body.blob(r.body().text(), r.body().blobType());
        };
    }
}
