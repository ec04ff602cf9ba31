package dev.corstck.harness.firefox;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.net.URI;

/**
 * The test's stand-in for the harness glue: a {@code fetch} in the page that always resolves to a JSON string.
 *
 * @param outcome {@code ok} when the promise resolved, {@code error} when it rejected
 * @param type the response type ({@code cors}, {@code opaque}, …), empty on error
 * @param status the response status, 0 on error
 * @param body the response text, empty on error
 * @param error the rejection's text, e.g. {@code TypeError: NetworkError when attempting to fetch resource.}
 */
public record FetchProbe(String outcome, String type, int status, String body, String error) {

    private static final Gson GSON = new Gson();

    /** Return an expression that fetches {@code url} with the given {@code init} (a JS object literal). */
    public static String expression(URI url, String init) {
        return "(async () => { try { const r = await fetch(" + GSON.toJson(url.toString()) + ", " + init + ");"
                + " const body = await r.text();"
                + " return JSON.stringify({outcome: 'ok', type: r.type, status: r.status, body, error: ''});"
                + " } catch (e) { return JSON.stringify({outcome: 'error', type: '', status: 0, body: '',"
                + " error: String(e)}); } })()";
    }

    /** Return an expression that runs {@code count} sequential fetches of {@code url} and resolves to the number read. */
    public static String batch(URI url, int count) {
        return "(async () => { let ok = 0; for (let i = 0; i < " + count + "; i++) { try { const r = await fetch("
                + GSON.toJson(url.toString()) + "); await r.text(); ok++; } catch (e) {} } return String(ok); })()";
    }

    public static FetchProbe parse(String json) {
        JsonObject o = GSON.fromJson(json, JsonObject.class);
        return new FetchProbe(o.get("outcome").getAsString(), o.get("type").getAsString(),
                o.get("status").getAsInt(), o.get("body").getAsString(), o.get("error").getAsString());
    }

    public boolean isReadable() {
        return outcome.equals("ok");
    }
}
