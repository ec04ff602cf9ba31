package dev.corstck.tck.generation;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.tck.policy.BodyType;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.simulator.Body;
import dev.corstck.tck.simulator.BodyKind;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Generate the scenarios of a grading run: for each endpoint, every generic and declared shape from each allowed
 * origin, the declared shapes from loopback twins, and one probe per look-alike, arbitrary and {@code null} origin.
 * The same policy and target always give the same scenarios, in the same order, with the same IDs.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScenarioGenerator {

    // Compiled once: every scenario's ID takes its endpoint's slug (String.replaceAll compiles on each call).
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");

    private ScenarioGenerator() {
    }

    /** Generate the scenarios for {@code policy} on {@code target}. */
    public static List<GeneratedScenario> generate(GradingPolicy policy, TargetUrl target) {
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Map<String, GeneratedScenario> out = new LinkedHashMap<>();
        for (Endpoint endpoint : policy.endpoints()) {
            // An endpoint with its own CORS options (per-route configuration) gets the origins of its own policy.
            for (PageOriginVariant page : PageOrigins.of(policy.corsFor(endpoint), target.origin())) {
                for (Call call : calls(endpoint, page)) {
                    GeneratedScenario s = scenario(target, endpoint, page, call);
                    out.putIfAbsent(s.id(), s);
                }
            }
        }
        FormPosts.scenarios(policy, target).forEach(s -> out.putIfAbsent(s.id(), s));
        return List.copyOf(out.values());
    }

    /** A shape with its credentials. */
    private record Call(RequestShape shape, CredentialsMode credentials) {
    }

    private static List<Call> calls(Endpoint endpoint, PageOriginVariant page) {
        CredentialsMode c = endpoint.credentials();
        CredentialsMode other = c == CredentialsMode.INCLUDE ? CredentialsMode.OMIT : CredentialsMode.INCLUDE;
        List<RequestShape> declared = endpoint.methods().stream().map(m -> RequestShape.declared(endpoint, m)).toList();
        List<Call> calls = new ArrayList<>();
        switch (page.originClass()) {
            case ALLOWED -> {
                RequestShape.GENERIC.forEach(s -> calls.add(new Call(s, c)));
                calls.add(new Call(RequestShape.GET, other));
                declared.forEach(s -> calls.add(new Call(s, c)));
            }
            case LOOPBACK_TWIN -> declared.forEach(s -> calls.add(new Call(s, c)));
            case ARBITRARY -> {
                calls.add(new Call(probeShape(endpoint, declared), c));
                // The other credentials mode too: '*' lets any site read without credentials, a list does not.
                calls.add(new Call(probeShape(endpoint, declared), other));
                calls.add(new Call(RequestShape.PUT_JSON, c));
            }
            case NULL -> {
                calls.add(new Call(probeShape(endpoint, declared), c));
                calls.add(new Call(RequestShape.PUT_JSON, c));
            }
            case SAME_ORIGIN -> calls.add(new Call(RequestShape.GET, CredentialsMode.OMIT));
            default -> calls.add(new Call(probeShape(endpoint, declared), c));
        }
        return calls;
    }

    /** The shape look-alike probes use: a GET where clients GET, otherwise the endpoint's first declared call. */
    private static RequestShape probeShape(Endpoint endpoint, List<RequestShape> declared) {
        return endpoint.methods().contains("GET") ? RequestShape.GET : declared.get(0);
    }

    private static GeneratedScenario scenario(TargetUrl target, Endpoint endpoint, PageOriginVariant page, Call call) {
        boolean same = page.originClass() == OriginClass.SAME_ORIGIN;
        String id = endpointSlug(endpoint) + "." + page.originClass().slug() + (same ? "" : "." + page.slug())
                + "." + call.shape().name() + (same ? "" : "." + call.credentials().token());
        String url = withMarker(target.resolve(endpoint.path()), id);
        String title = call.shape().title() + (same ? "" : ", credentials " + call.credentials().token()) + ", from "
                + page.origin() + " (" + page.originClass().slug() + ") to " + endpoint.path();
        return new GeneratedScenario(id, title, endpoint, page, call.shape(), call.credentials(), url,
                fetchRequest(page.origin(), url, call));
    }

    /** The endpoint's name in IDs: its path as a slug, {@code root} for {@code /}. */
    static String endpointSlug(Endpoint endpoint) {
        String s = EDGE_DASH.matcher(NOT_IN_SLUG.matcher(endpoint.path().toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return s.isEmpty() ? "root" : s;
    }

    private static String withMarker(String url, String id) {
        return url + (url.contains("?") ? "&" : "?") + "cors-tck=" + Integer.toHexString(id.hashCode());
    }

    private static Optional<FetchRequest> fetchRequest(String origin, String url, Call call) {
        Origin parsed;
        try {
            parsed = origin.equals("null") ? Origin.opaque() : FetchUrl.parseOrigin(origin);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // no browser can be on such an origin: raw wire probes only
        }
        if (!origin.equals("null") && !parsed.serialize().equals(origin)) {
            return Optional.empty();
        }
        RequestShape shape = call.shape();
        List<HeaderField> headers = new ArrayList<>(shape.headers());
        return Optional.of(new FetchRequest(parsed, shape.method(), url, new HeaderList(headers), body(shape.body()),
                shape.noCors() ? RequestMode.NO_CORS : RequestMode.CORS,
                call.credentials(),
                RedirectMode.FOLLOW));
    }

    /** Return the simulator body for a body type; JSON is a string body whose type the script's header sets. */
    public static Body body(BodyType type) {
        return switch (type) {
            case NONE -> Body.none();
            case JSON -> new Body(BodyKind.STRING, "", "{\"cors-tck\":true}");
            case TEXT -> new Body(BodyKind.STRING, "", "cors-tck");
            case FORM -> new Body(BodyKind.URL_SEARCH_PARAMS, "", "cors-tck=1");
            case MULTIPART -> new Body(BodyKind.FORM_DATA, "", "cors-tck=1");
        };
    }
}
