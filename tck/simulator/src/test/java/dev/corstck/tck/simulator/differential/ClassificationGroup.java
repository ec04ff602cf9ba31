package dev.corstck.tck.simulator.differential;

import static dev.corstck.tck.simulator.differential.Dsl.*;

import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.tck.simulator.Body;
import dev.corstck.tck.simulator.BodyKind;
import dev.corstck.tck.simulator.FetchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Methods, bodies and modes: which requests preflight, throw, or come back opaque (R-METHOD, R-PFTRIG, R-NOCORS). */
final class ClassificationGroup {

    private static final String G = "classification";
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "get", "post", "head", "PUT", "DELETE",
            "PATCH", "patch", "OPTIONS", "FOO");
    private static final Set<String> SAFELISTED = Set.of("GET", "HEAD", "POST");

    private ClassificationGroup() {
    }

    static List<DifferentialScenario> scenarios() {
        List<DifferentialScenario> out = new ArrayList<>();
        for (String m : METHODS) {
            boolean safe = SAFELISTED.contains(m.toUpperCase(Locale.ROOT));
            FetchRequest r = get().withMethod(m);
            out.add(row(G, "method-" + m + "-permissive", r, at(permissive()), corsOk(safe ? NO : PF)).build());
            out.add(row(G, "method-" + m + "-simple-only", r, at(simpleOnly()),
                    safe ? corsOk(NO) : error(PF)).build());
            out.add(row(G, "method-" + m + "-no-cors", r.withMode(RequestMode.NO_CORS), at(simpleOnly()),
                    expect(safe ? Outcome.OPAQUE : Outcome.THROWS_SYNC, NO)).build());
        }
        bodies(out);
        for (String m : List.of("CONNECT", "TRACE", "track")) {
            out.add(row(G, "forbidden-method-" + m, get().withMethod(m), at(permissive()),
                    expect(Outcome.THROWS_SYNC, NO)).build());
        }
        out.add(row(G, "same-origin-mode-cross-origin", get().withMode(RequestMode.SAME_ORIGIN), at(permissive()),
                error(NO)).build());
        out.add(row(G, "no-cors-redirect-manual", get().withMode(RequestMode.NO_CORS).withRedirect(RedirectMode.MANUAL),
                at(permissive()), error(NO)).build());
        out.add(row(G, "url-credentials", get().withUrl("http://u:p@" + DifferentialScenarios.TARGET_HOST + "/r"),
                at(permissive()), expect(Outcome.THROWS_SYNC, NO)).build());
        out.add(row(G, "get-with-body", get().withBody(Body.of(BodyKind.STRING)), at(permissive()),
                expect(Outcome.THROWS_SYNC, NO)).build());
        return out;
    }

    private static void bodies(List<DifferentialScenario> out) {
        record B(String id, Body body, boolean safe) {
        }
        List<B> bodies = List.of(new B("string", Body.of(BodyKind.STRING), true),
                new B("url-search-params", Body.of(BodyKind.URL_SEARCH_PARAMS), true),
                new B("form-data", Body.of(BodyKind.FORM_DATA), true),
                new B("blob-text-plain", Body.blob("text/plain"), true),
                new B("blob-untyped", Body.blob(""), true),
                new B("blob-json", Body.blob("application/json"), false),
                new B("stream", Body.of(BodyKind.STREAM), false));
        for (B b : bodies) {
            FetchRequest r = get().withMethod("POST").withBody(b.body());
            out.add(row(G, "post-" + b.id() + "-permissive", r, at(permissive()), corsOk(b.safe() ? NO : PF)).build());
            out.add(row(G, "post-" + b.id() + "-simple-only", r, at(simpleOnly()),
                    b.safe() ? corsOk(NO) : error(PF)).build());
        }
    }
}
