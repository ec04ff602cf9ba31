package dev.corstck.tck.explain;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Build a HAR 1.2 log in Chromium DevTools' own shape ({@code _resourceType}, {@code _initiator}, {@code _error},
 * preflight entries of type {@code preflight}, response headers and status from
 * {@code Network.responseReceivedExtraInfo} even when CORS withholds the response) from the CDP {@code Network}
 * events of one page, the way DevTools' network log does. Also keeps, per request, the {@code corsErrorStatus}
 * Chromium reported: the browser's own reason, kept beside the HAR (DevTools does not export it).
 */
final class CdpHarRecorder {

    /** What CDP said about one request id. */
    private static final class Req {
        final String id;
        String method = "";
        String url = "";
        String type = "";
        String initiator = "";
        double wallTime;
        JsonArray provisionalHeaders = new JsonArray();
        JsonArray wireHeaders;
        String postData = "";
        int status;
        String statusText = "";
        JsonArray responseHeaders;
        JsonArray extraResponseHeaders;
        int extraStatus;
        String error;
        String corsError = "";
        String failedParameter = "";

        Req(String id) {
            this.id = id;
        }
    }

    private final Map<String, Req> requests = new LinkedHashMap<>();

    /** Listen to {@code cdp}'s Network events (call before the fetches). */
    void attach(CDPSession cdp) {
        cdp.on("Network.requestWillBeSent", p -> {
            Req r = req(p);
            JsonObject request = p.getAsJsonObject("request");
            r.method = request.get("method").getAsString();
            r.url = request.get("url").getAsString();
            r.type = p.has("type") ? p.get("type").getAsString() : "";
            r.initiator = p.has("initiator") ? p.getAsJsonObject("initiator").get("type").getAsString() : "";
            r.wallTime = p.has("wallTime") ? p.get("wallTime").getAsDouble() : Instant.now().toEpochMilli() / 1000.0;
            r.provisionalHeaders = pairs(request.getAsJsonObject("headers"));
            r.postData = request.has("postData") ? request.get("postData").getAsString() : "";
        });
        cdp.on("Network.requestWillBeSentExtraInfo", p -> req(p).wireHeaders = pairs(p.getAsJsonObject("headers")));
        cdp.on("Network.responseReceived", p -> {
            Req r = req(p);
            JsonObject response = p.getAsJsonObject("response");
            r.status = response.get("status").getAsInt();
            r.statusText = response.has("statusText") ? response.get("statusText").getAsString() : "";
            r.responseHeaders = pairs(response.getAsJsonObject("headers"));
        });
        cdp.on("Network.responseReceivedExtraInfo", p -> {
            Req r = req(p);
            r.extraStatus = p.has("statusCode") ? p.get("statusCode").getAsInt() : 0;
            r.extraResponseHeaders = pairs(p.getAsJsonObject("headers"));
        });
        cdp.on("Network.loadingFailed", p -> {
            Req r = req(p);
            r.error = p.get("errorText").getAsString();
            if (p.has("corsErrorStatus")) {
                JsonObject s = p.getAsJsonObject("corsErrorStatus");
                r.corsError = s.get("corsError").getAsString();
                r.failedParameter = s.has("failedParameter") ? s.get("failedParameter").getAsString() : "";
            }
        });
        cdp.send("Network.enable");
    }

    private synchronized Req req(JsonObject p) {
        return requests.computeIfAbsent(p.get("requestId").getAsString(), Req::new);
    }

    /** The HAR log of every request to {@code urlPrefixes}, in the order they were announced. */
    synchronized JsonObject har(List<String> urlPrefixes) {
        JsonObject log = new JsonObject();
        log.addProperty("version", "1.2");
        JsonObject creator = new JsonObject();
        creator.addProperty("name", "cors-tck CDP recorder");
        creator.addProperty("version", "1");
        creator.addProperty("comment", "DevTools-shaped HAR built from Chromium CDP Network events");
        log.add("creator", creator);
        log.add("pages", new JsonArray());
        JsonArray entries = new JsonArray();
        for (Req r : selected(urlPrefixes)) {
            entries.add(entry(r));
        }
        log.add("entries", entries);
        JsonObject root = new JsonObject();
        root.add("log", log);
        return root;
    }

    /** Per HAR entry (same order): what Chromium reported ({@code corsErrorStatus}) for the request. */
    synchronized List<Map<String, String>> reports(List<String> urlPrefixes) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Req r : selected(urlPrefixes)) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("method", r.method);
            m.put("url", r.url);
            m.put("type", r.type.toLowerCase(Locale.ROOT));
            m.put("error", r.error == null ? "" : r.error);
            m.put("corsError", r.corsError);
            m.put("failedParameter", r.failedParameter);
            out.add(m);
        }
        return out;
    }

    private List<Req> selected(List<String> prefixes) {
        return requests.values().stream().filter(r -> prefixes.stream().anyMatch(r.url::startsWith)).toList();
    }

    private static JsonObject entry(Req r) {
        JsonObject e = new JsonObject();
        e.addProperty("startedDateTime", Instant.ofEpochMilli((long) (r.wallTime * 1000)).toString());
        e.addProperty("time", 0);
        e.addProperty("_resourceType", r.type.toLowerCase(Locale.ROOT));
        JsonObject initiator = new JsonObject();
        initiator.addProperty("type", r.initiator);
        e.add("_initiator", initiator);
        JsonObject request = new JsonObject();
        request.addProperty("method", r.method);
        request.addProperty("url", r.url);
        request.addProperty("httpVersion", "HTTP/1.1");
        request.add("headers", r.wireHeaders != null ? r.wireHeaders : r.provisionalHeaders);
        request.add("queryString", new JsonArray());
        request.add("cookies", new JsonArray());
        request.addProperty("headersSize", -1);
        request.addProperty("bodySize", r.postData.length());
        if (!r.postData.isEmpty()) {
            JsonObject post = new JsonObject();
            post.addProperty("mimeType", header(r.provisionalHeaders, "content-type"));
            post.addProperty("text", r.postData);
            request.add("postData", post);
        }
        e.add("request", request);
        JsonObject response = new JsonObject();
        int status = r.status > 0 ? r.status : r.extraStatus;
        response.addProperty("status", status);
        response.addProperty("statusText", r.statusText);
        response.addProperty("httpVersion", status > 0 ? "HTTP/1.1" : "");
        JsonArray headers = r.extraResponseHeaders != null ? r.extraResponseHeaders
                : r.responseHeaders != null ? r.responseHeaders : new JsonArray();
        response.add("headers", headers);
        response.add("cookies", new JsonArray());
        JsonObject content = new JsonObject();
        content.addProperty("size", 0);
        content.addProperty("mimeType", "x-unknown");
        response.add("content", content);
        response.addProperty("redirectURL", header(headers, "location"));
        response.addProperty("headersSize", -1);
        response.addProperty("bodySize", -1);
        if (r.error != null) {
            response.addProperty("_error", r.error);
        } else {
            response.add("_error", com.google.gson.JsonNull.INSTANCE);
        }
        e.add("response", response);
        e.add("cache", new JsonObject());
        JsonObject timings = new JsonObject();
        for (String t : List.of("blocked", "dns", "connect", "send", "wait", "receive")) {
            timings.addProperty(t, t.equals("send") || t.equals("wait") || t.equals("receive") ? 0 : -1);
        }
        e.add("timings", timings);
        return e;
    }

    /** CDP headers objects ({@code {name: value}}, repeated lines joined by newlines) as HAR {@code {name, value}}. */
    private static JsonArray pairs(JsonObject headers) {
        JsonArray out = new JsonArray();
        if (headers == null) {
            return out;
        }
        for (Map.Entry<String, JsonElement> h : headers.entrySet()) {
            for (String value : h.getValue().getAsString().split("\n", -1)) {
                JsonObject pair = new JsonObject();
                pair.addProperty("name", h.getKey());
                pair.addProperty("value", value);
                out.add(pair);
            }
        }
        return out;
    }

    private static String header(JsonArray headers, String name) {
        for (JsonElement h : headers) {
            if (h.getAsJsonObject().get("name").getAsString().equalsIgnoreCase(name)) {
                return h.getAsJsonObject().get("value").getAsString();
            }
        }
        return "";
    }
}
