package dev.corstck.harness.session;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.Header;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Write the glue's batch spec and read its JSON answer (the format {@code glue.js} documents). */
final class GlueProtocol {

    /** The longest body excerpt the glue returns, in characters. */
    static final int BODY_LIMIT = 2048;

    private static final Gson GSON = new Gson();

    /** The glue's answer: the page's origin as JavaScript saw it and one result per call, in call order. */
    record Answer(String origin, List<GlueResult> results) {}

    private GlueProtocol() {}

    /** Return the expression that runs {@code calls} in the page and evaluates to the glue's JSON answer. */
    static String expression(List<FetchCall> calls, boolean parallel, Duration fetchTimeout) {
        JsonObject spec = new JsonObject();
        JsonArray array = new JsonArray();
        calls.forEach(c -> array.add(call(c)));
        spec.add("calls", array);
        spec.addProperty("parallel", parallel);
        spec.addProperty("fetchTimeoutMs", fetchTimeout.toMillis());
        spec.addProperty("bodyLimit", BODY_LIMIT);
        return "window.__corsTck.run(" + GSON.toJson(spec) + ")";
    }

    private static JsonObject call(FetchCall c) {
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.addProperty("url", c.url().toString());
        o.addProperty("method", c.method());
        JsonArray headers = new JsonArray();
        for (Header h : c.headers()) {
            JsonArray pair = new JsonArray();
            pair.add(h.name());
            pair.add(h.value());
            headers.add(pair);
        }
        o.add("headers", headers);
        JsonObject body = new JsonObject();
        body.addProperty("kind", c.body().kind().name());
        body.addProperty("content", c.body().content());
        body.addProperty("blobType", c.body().blobType());
        o.add("body", body);
        o.addProperty("mode", c.mode().token());
        o.addProperty("credentials", c.credentials().token());
        o.addProperty("redirect", c.redirect().token());
        return o;
    }

    /**
     * Parse the glue's answer for {@code expected} results.
     *
     * @throws IllegalStateException when the glue failed or answered something else
     */
    static Answer parse(String json, int expected) {
        JsonObject root;
        try {
            root = JsonParser.parseString(json).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalStateException("the page glue answered no JSON object: " + abbreviate(json), e);
        }
        if (root.has("glueError")) {
            throw new IllegalStateException("the page glue failed: " + text(root, "glueError"));
        }
        List<GlueResult> results = new ArrayList<>();
        root.getAsJsonArray("results").forEach(e -> results.add(result(e.getAsJsonObject())));
        if (results.size() != expected) {
            throw new IllegalStateException("the page glue returned " + results.size() + " results for " + expected);
        }
        return new Answer(text(root, "origin"), results);
    }

    private static GlueResult result(JsonObject r) {
        List<Header> headers = new ArrayList<>();
        if (r.has("headers")) {
            r.getAsJsonArray("headers").forEach(p -> headers.add(new Header(
                    p.getAsJsonArray().get(0).getAsString(), p.getAsJsonArray().get(1).getAsString())));
        }
        String body = r.has("bodyError") ? "" : text(r, "body");
        return new GlueResult(text(r, "id"), text(r, "requestUrl"), text(r, "phase"), text(r, "type"),
                number(r, "status"), text(r, "statusText"), text(r, "url"),
                r.has("redirected") && r.get("redirected").getAsBoolean(), headers, body, text(r, "errorName"),
                text(r, "errorMessage"), decimal(r, "started"), decimal(r, "settled"), decimal(r, "finished"));
    }

    private static String text(JsonObject o, String member) {
        JsonElement e = o.get(member);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static int number(JsonObject o, String member) {
        return (int) Math.round(decimal(o, member));
    }

    private static double decimal(JsonObject o, String member) {
        JsonElement e = o.get(member);
        return e == null || e.isJsonNull() ? 0 : e.getAsDouble();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
