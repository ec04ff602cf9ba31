package dev.corstck.tck.explain.har;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.corstck.fetch.http.HeaderList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Read a HAR 1.2 file into a {@link HarLog}. Tolerant where exporters differ (Chromium's {@code _error}, Playwright's
 * {@code _failureText} and status -1, Firefox's and Safari's missing optional fields, sanitized exports without
 * cookies), strict where CORS needs a value: every entry needs a request method and URL, and headers are
 * {@code {name, value}} pairs.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HarReader {

    /** The largest file read: DevTools exports with bodies of a long session stay well below it. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.ALLOW_COMMENTS).build();

    private HarReader() {
    }

    /** Read {@code file}. @throws HarFormatException naming the problem and where; IOException when unreadable */
    public static HarLog read(Path file) throws IOException, HarFormatException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new HarFormatException(file + ": " + size + " bytes is more than the " + MAX_BYTES
                    + " bytes read; export only the requests that fail");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(text);
        } catch (HarFormatException e) {
            throw new HarFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parse HAR text. @throws HarFormatException naming the problem and where */
    public static HarLog parse(String text) throws HarFormatException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new HarFormatException(where + "not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new HarFormatException("not a HAR file: the top level must be a JSON object with a 'log'");
        }
        JsonNode log = root.get("log");
        if (log == null || !log.isObject()) {
            throw new HarFormatException("not a HAR file: no 'log' object at the top level");
        }
        JsonNode entries = log.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new HarFormatException("log.entries: missing or not an array");
        }
        List<HarEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            out.add(entry(entries.get(i), i));
        }
        return new HarLog(text(log.path("creator"), "name"), text(log.path("browser"), "name"), out);
    }

    private static HarEntry entry(JsonNode e, int i) throws HarFormatException {
        String at = "log.entries[" + i + "]";
        if (!e.isObject()) {
            throw new HarFormatException(at + ": not an object");
        }
        JsonNode req = e.get("request");
        if (req == null || !req.isObject()) {
            throw new HarFormatException(at + ".request: missing or not an object");
        }
        String method = required(req, "method", at + ".request");
        String url = required(req, "url", at + ".request");
        HeaderList reqHeaders = headers(req.get("headers"), at + ".request.headers");
        int cookies = req.path("cookies").isArray() ? req.path("cookies").size() : 0;
        String post = text(req.path("postData"), "text");
        JsonNode res = e.path("response");
        int status = res.path("status").isNumber() ? res.path("status").asInt() : 0;
        HeaderList resHeaders = res.isObject() ? headers(res.get("headers"), at + ".response.headers")
                : HeaderList.empty();
        String error = firstNonEmpty(text(res, "_error"), text(res, "_failureText"), text(e, "_error"),
                text(e, "_failureText"));
        return new HarEntry(i, method, url, reqHeaders, cookies, post, status, resHeaders, content(res.path("content")),
                error, text(e, "_resourceType"));
    }

    private static HeaderList headers(JsonNode node, String at) throws HarFormatException {
        if (node == null || node.isNull()) {
            return HeaderList.empty();
        }
        if (!node.isArray()) {
            throw new HarFormatException(at + ": not an array of {name, value}");
        }
        HeaderList.Builder b = HeaderList.builder();
        for (int i = 0; i < node.size(); i++) {
            JsonNode h = node.get(i);
            if (!h.isObject() || !h.path("name").isTextual()) {
                throw new HarFormatException(at + "[" + i + "]: a header needs a string 'name'");
            }
            b.add(h.get("name").asText(), h.path("value").isValueNode() ? h.path("value").asText() : "");
        }
        return b.build();
    }

    private static String content(JsonNode content) {
        String t = text(content, "text");
        if (!t.isEmpty() && text(content, "encoding").equals("base64")) {
            try {
                return new String(Base64.getMimeDecoder().decode(t), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        return t;
    }

    private static String required(JsonNode o, String field, String at) throws HarFormatException {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new HarFormatException(at + "." + field + ": missing or not a string");
        }
        return v.asText();
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.path(field);
        return v.isTextual() ? v.asText() : "";
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
