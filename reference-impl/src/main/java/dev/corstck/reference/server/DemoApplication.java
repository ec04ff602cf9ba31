package dev.corstck.reference.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reference.profile.Route;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo application behind the reference target; it knows nothing of CORS. Endpoints: {@code /api/data},
 * {@code POST /api/login}, {@code GET /api/me}, {@code PUT|PATCH|DELETE|GET /api/items/{id}},
 * {@code GET /api/redirect?to=URL}, {@code GET /api/redirect/same-origin}, {@code /api/status/{code}}, {@code /echo}.
 */
final class DemoApplication {

    static final String SESSION_COOKIE = "session";
    static final String SESSION_TOKEN = "demo-token";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final Pattern ITEM = Pattern.compile("/api/items/([A-Za-z0-9_-]{1,64})");
    private static final Pattern STATUS = Pattern.compile("/api/status/([0-9]{3})");

    /** The {@code GET /api/data} answer, built once: it never changes. */
    private static final RawResponse DATA = new RawResponse(200, HeaderList.of("Content-Type", "application/json",
            "Cache-Control", "no-cache", "Vary", "Accept-Encoding"),
            GSON.toJson(Map.of("ok", true, "items", List.of("alpha", "beta", "gamma"))) + "\n");

    private final AtomicLong requestIds = new AtomicLong();

    /** A response and whether an application route produced it. */
    record Routed(RawResponse response, Route route) {
    }

    Routed handle(RawRequest request) {
        String id = "req-" + requestIds.incrementAndGet();
        Routed routed = route(request);
        RawResponse r = routed.response();
        return new Routed(new RawResponse(r.status(), r.headers().with("X-Request-Id", id), r.body()), routed.route());
    }

    private Routed route(RawRequest request) {
        String method = request.method();
        String path = request.path();
        Matcher item = ITEM.matcher(path);
        Matcher status = STATUS.matcher(path);
        if (path.equals("/echo")) {
            return matched(json(200, echo(request)));
        } else if (path.equals("/api/data")) {
            return data(method);
        } else if (path.equals("/api/login")) {
            return only(method, "POST", DemoApplication::login);
        } else if (path.equals("/api/me")) {
            return only(method, "GET", () -> me(request.headers()));
        } else if (item.matches()) {
            return items(method, item.group(1));
        } else if (path.equals("/api/redirect")) {
            return only(method, "GET", () -> redirect(request.target()));
        } else if (path.equals("/api/redirect/same-origin")) {
            return only(method, "GET", () -> new RawResponse(302, HeaderList.of("Location", "/api/data"), ""));
        } else if (status.matches()) {
            return matched(status(Integer.parseInt(status.group(1))));
        }
        return unmatched(method, "GET, HEAD", json(404, Map.of("error", "not found", "path", path)));
    }

    private Routed data(String method) {
        if (method.equals("POST")) {
            return matched(json(201, Map.of("created", true)));
        }
        return only(method, "GET", () -> DATA);
    }

    private static RawResponse login() {
        RawResponse r = json(200, Map.of("user", "demo"));
        return new RawResponse(200, r.headers().with("Set-Cookie", SESSION_COOKIE + "=" + SESSION_TOKEN
                + "; Path=/; SameSite=None; Secure; HttpOnly"), r.body());
    }

    private static RawResponse me(HeaderList headers) {
        boolean cookie = headers.all("Cookie").stream().flatMap(v -> List.of(v.split(";")).stream())
                .anyMatch(c -> c.strip().equals(SESSION_COOKIE + "=" + SESSION_TOKEN));
        boolean bearer = headers.all("Authorization").contains("Bearer " + SESSION_TOKEN);
        return cookie || bearer ? json(200, Map.of("user", "demo", "via", cookie ? "cookie" : "bearer"))
                : json(401, Map.of("error", "not logged in"));
    }

    private Routed items(String method, String id) {
        return switch (method) {
            case "GET", "HEAD" -> matched(json(200, Map.of("id", id)));
            case "PUT", "PATCH" -> matched(json(200, Map.of("id", id, "updated", true)));
            case "DELETE" -> matched(new RawResponse(204, HeaderList.empty(), ""));
            default -> unmatched(method, "GET, HEAD, PUT, PATCH, DELETE", json(405, Map.of("error", "method not allowed")));
        };
    }

    private static RawResponse redirect(String target) {
        String to = null;
        int q = target.indexOf('?');
        for (String pair : (q < 0 ? "" : target.substring(q + 1)).split("&")) {
            if (pair.startsWith("to=")) {
                to = URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
            }
        }
        boolean ok = to != null && (to.startsWith("http://") || to.startsWith("https://") || to.startsWith("/"))
                && to.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        return ok ? new RawResponse(302, HeaderList.of("Location", to), "")
                : json(400, Map.of("error", "give ?to= an http(s) URL or an absolute path"));
    }

    private static RawResponse status(int code) {
        if (code < 200 || code > 599 || code == 304) {
            return json(400, Map.of("error", "status must be 200 to 599, not 304"));
        }
        return code == 204 ? new RawResponse(204, HeaderList.empty(), "") : json(code, Map.of("status", code));
    }

    private static Map<String, Object> echo(RawRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", request.method());
        out.put("target", request.target());
        out.put("headers", request.headers().fields().stream().map(f -> List.of(f.name(), f.value())).toList());
        out.put("body", request.body());
        return out;
    }

    private static Routed only(String method, String allowed, java.util.function.Supplier<RawResponse> handler) {
        boolean head = method.equals("HEAD") && allowed.equals("GET");
        if (method.equals(allowed) || head) {
            return matched(handler.get());
        }
        return unmatched(method, allowed, json(405, Map.of("error", "method not allowed")));
    }

    /** The fallback: a generic {@code OPTIONS} answer, or {@code other}. */
    private static Routed unmatched(String method, String allow, RawResponse other) {
        if (method.equals("OPTIONS")) {
            return new Routed(new RawResponse(204, HeaderList.of("Allow", allow + ", OPTIONS"), ""), Route.UNMATCHED);
        }
        RawResponse r = other.status() == 405 ? new RawResponse(405, other.headers().with("Allow", allow), other.body())
                : other;
        return new Routed(r, Route.UNMATCHED);
    }

    private static Routed matched(RawResponse response) {
        return new Routed(response, Route.MATCHED);
    }

    static RawResponse json(int status, Object body) {
        return new RawResponse(status, HeaderList.of("Content-Type", "application/json"), GSON.toJson(body) + "\n");
    }
}
