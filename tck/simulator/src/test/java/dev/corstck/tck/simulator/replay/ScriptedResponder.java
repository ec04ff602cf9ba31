package dev.corstck.tck.simulator.replay;

import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.fetch.http.ResponderException;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An in-memory responder that answers each target origin from its script; an origin without a script refuses the
 * connection, as a closed port would.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScriptedResponder implements Responder {

    private final Map<String, ServerScript> scripts;

    /** Answer requests to each serialized origin of {@code scripts} from its script. */
    public ScriptedResponder(Map<String, ServerScript> scripts) {
        this.scripts = Map.copyOf(Objects.requireNonNull(scripts, "scripts must not be null"));
    }

    /** A responder for one origin. */
    public static ScriptedResponder of(String origin, ServerScript script) {
        return new ScriptedResponder(Map.of(origin, script));
    }

    @Override
    public RawResponse respond(String origin, RawRequest request) throws ResponderException {
        ServerScript script = scripts.get(origin);
        if (script == null) {
            throw new ResponderException("connection refused: no server scripted for " + origin);
        }
        ScriptedResponse t = script.answer(request.method(), request.path());
        return new RawResponse(t.status(), Placeholders.expand(t.headers(), request), t.body());
    }
}
