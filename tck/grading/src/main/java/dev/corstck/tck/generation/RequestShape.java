package dev.corstck.tck.generation;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.tck.policy.BodyType;
import dev.corstck.tck.policy.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The shape of a {@code fetch()} call, apart from where it goes and from which page: method, script-set headers,
 * body and mode. Whether it is preflighted follows from these (see fetch#cors-preflight-request).
 *
 * @param name    stable name used in scenario IDs ({@code put-json})
 * @param title   the call in words
 * @param method  the method, in the exact case script passes
 * @param headers the headers script sets, in order
 * @param body    the body script passes
 * @param noCors  whether the call uses {@code mode: "no-cors"}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RequestShape(String name, String title, String method, List<HeaderField> headers, BodyType body,
        boolean noCors) {

    /** The bearer token every generated {@code Authorization} header carries. */
    public static final String TOKEN = "Bearer cors-tck";

    public static final RequestShape GET = simple("get", "GET", "CORS-safelisted GET");
    public static final RequestShape POST_TEXT = new RequestShape("post-text", "CORS-safelisted POST of text/plain",
            "POST", List.of(), BodyType.TEXT, false);
    public static final RequestShape PUT_JSON = json("put-json", "PUT");
    public static final RequestShape PATCH_JSON = json("patch-json", "PATCH");
    public static final RequestShape DELETE = simple("delete", "DELETE", "preflighted DELETE");
    public static final RequestShape GET_AUTHORIZATION = new RequestShape("get-authorization",
            "GET with Authorization (preflighted)", "GET", List.of(new HeaderField("Authorization", TOKEN)),
            BodyType.NONE, false);
    public static final RequestShape GET_CUSTOM_HEADER = new RequestShape("get-custom-header",
            "GET with a custom header X-Cors-Tck (preflighted)", "GET", List.of(new HeaderField("X-Cors-Tck", "1")),
            BodyType.NONE, false);
    public static final RequestShape NO_CORS_GET = new RequestShape("no-cors-get", "no-cors GET (opaque)", "GET",
            List.of(), BodyType.NONE, true);

    /** The shapes tried from every allowed origin. */
    public static final List<RequestShape> GENERIC = List.of(GET, POST_TEXT, PUT_JSON, PATCH_JSON, DELETE,
            GET_AUTHORIZATION, GET_CUSTOM_HEADER, NO_CORS_GET);

    public RequestShape {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(method, "method must not be null");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body must not be null");
    }

    /** The call a legitimate client makes on {@code endpoint} with {@code method}: its headers and body. */
    public static RequestShape declared(Endpoint endpoint, String method) {
        // fetch() throws for a GET or HEAD with a body (fetch#dom-request step 36): clients send those without one.
        boolean bodiless = method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD");
        BodyType body = bodiless ? BodyType.NONE : endpoint.body();
        List<HeaderField> headers = new ArrayList<>();
        for (String name : endpoint.headers()) {
            if (name.equalsIgnoreCase("Content-Type") && bodiless) {
                continue;
            }
            if (name.equalsIgnoreCase("Content-Type")) {
                headers.add(new HeaderField(name, body.contentType().orElse("application/json")));
            } else {
                headers.add(new HeaderField(name, name.equalsIgnoreCase("Authorization") ? TOKEN : "cors-tck"));
            }
        }
        boolean jsonHeader = body == BodyType.JSON && headers.stream().noneMatch(
                h -> h.hasName("Content-Type"));
        if (jsonHeader) {
            headers.add(new HeaderField("Content-Type", "application/json"));
        }
        String title = method + " as clients call it" + (headers.isEmpty() ? "" : " with "
                + String.join(", ", headers.stream().map(HeaderField::name).toList()))
                + (body == BodyType.NONE ? "" : ", " + body.yaml() + " body");
        return new RequestShape("declared-" + method.toLowerCase(Locale.ROOT), title, method, headers, body,
                false);
    }

    /** Answer whether script sets {@code name}. */
    public boolean sets(String name) {
        return headers.stream().anyMatch(h -> h.hasName(name));
    }

    private static RequestShape simple(String name, String method, String title) {
        return new RequestShape(name, title, method, List.of(), BodyType.NONE, false);
    }

    private static RequestShape json(String name, String method) {
        return new RequestShape(name, method + " of application/json (preflighted)", method,
                List.of(new HeaderField("Content-Type", "application/json")), BodyType.JSON, false);
    }
}
