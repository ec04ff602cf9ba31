package dev.corstck.tck.generation;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.tck.policy.BodyType;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The cross-site request forgery probes (S-05): form-shaped POSTs from the arbitrary origin to every endpoint whose
 * clients change state (POST, PUT, PATCH or DELETE). A {@code text/plain} POST carrying JSON, a
 * {@code URLSearchParams} and a {@code FormData} POST are CORS-safelisted, so browsers send them without a preflight
 * whatever the target's CORS answers (see fetch#cors-safelisted-request-header).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FormPosts {

    /** A string body holding JSON, no Content-Type set: {@code fetch()} labels it {@code text/plain;charset=UTF-8}. */
    public static final RequestShape TEXT_JSON = shape("csrf-post-text-json",
            "form-shaped POST: JSON sent as text/plain (no preflight)", BodyType.JSON);
    /** A {@code URLSearchParams} body: {@code application/x-www-form-urlencoded}. */
    public static final RequestShape URLENCODED = shape("csrf-post-urlencoded",
            "form-shaped POST: application/x-www-form-urlencoded (no preflight)", BodyType.FORM);
    /** A {@code FormData} body: {@code multipart/form-data}. */
    public static final RequestShape MULTIPART = shape("csrf-post-multipart",
            "form-shaped POST: multipart/form-data (no preflight)", BodyType.MULTIPART);

    /** The probe shapes, in the order they are generated. */
    public static final List<RequestShape> SHAPES = List.of(TEXT_JSON, URLENCODED, MULTIPART);

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private FormPosts() {
    }

    /** Answer whether {@code shape} is one of these probes. */
    public static boolean isProbe(RequestShape shape) {
        return SHAPES.contains(shape);
    }

    /** Answer whether clients change state at {@code endpoint}: it declares POST, PUT, PATCH or DELETE. */
    public static boolean changesState(Endpoint endpoint) {
        return endpoint.methods().stream().anyMatch(STATE_CHANGING::contains);
    }

    /** Generate the probes for {@code policy} on {@code target}, from each endpoint's arbitrary page origin. */
    public static List<GeneratedScenario> scenarios(GradingPolicy policy, TargetUrl target) {
        List<GeneratedScenario> out = new ArrayList<>();
        EndpointSlugs slugs = EndpointSlugs.of(policy.endpoints());
        for (Endpoint endpoint : policy.endpoints()) {
            Optional<PageOriginVariant> arbitrary = PageOrigins.of(policy.corsFor(endpoint), target.origin()).stream()
                    .filter(p -> p.originClass() == OriginClass.ARBITRARY).findFirst();
            if (changesState(endpoint) && arbitrary.isPresent()) {
                SHAPES.forEach(s -> out.add(scenario(target, endpoint, slugs.of(endpoint), arbitrary.get(), s)));
            }
        }
        return out;
    }

    private static GeneratedScenario scenario(TargetUrl target, Endpoint endpoint, String slug,
            PageOriginVariant page, RequestShape shape) {
        CredentialsMode c = endpoint.credentials();
        String id = slug + "." + page.originClass().slug() + "." + page.slug()
                + "." + shape.name() + "." + c.token();
        String base = target.resolve(endpoint.path());
        String url = base + (base.contains("?") ? "&" : "?") + "cors-tck=" + Integer.toHexString(id.hashCode());
        String title = shape.title() + ", credentials " + c.token() + ", from " + page.origin() + " ("
                + page.originClass().slug() + ") to " + endpoint.path();
        FetchRequest fetch = new FetchRequest(FetchUrl.parseOrigin(page.origin()), "POST", url, HeaderList.empty(),
                ScenarioGenerator.body(shape.body()), RequestMode.CORS, c, RedirectMode.FOLLOW);
        return new GeneratedScenario(id, title, endpoint, page, shape, c, url, Optional.of(fetch));
    }

    private static RequestShape shape(String name, String title, BodyType body) {
        return new RequestShape(name, title, "POST", List.of(), body, false);
    }
}
