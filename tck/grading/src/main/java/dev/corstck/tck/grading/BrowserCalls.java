package dev.corstck.tck.grading;

import dev.corstck.harness.Body;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.Header;
import dev.corstck.harness.Observed;
import dev.corstck.reports.model.Observation;
import dev.corstck.reports.model.PreflightSeen;
import dev.corstck.tck.generation.GeneratedScenario;
import dev.corstck.tck.policy.BodyType;
import dev.corstck.tck.simulator.FetchRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Translate between the kit's scenarios and the browser harness: calls out, observations back. */
final class BrowserCalls {

    private BrowserCalls() {
    }

    /** The {@code fetch()} call a page makes for {@code scenario}, labelled with the scenario ID. */
    static FetchCall call(GeneratedScenario scenario, FetchRequest request) {
        List<Header> headers = request.headers().fields().stream().map(f -> new Header(f.name(), f.value())).toList();
        return new FetchCall(scenario.id(), URI.create(request.url()), request.method(), headers,
                body(scenario.shape().body()), request.mode(),
                request.credentials(),
                request.redirect());
    }

    private static Body body(BodyType type) {
        return switch (type) {
            case NONE -> Body.none();
            case JSON -> Body.text("{\"cors-tck\":true}");
            case TEXT -> Body.text("cors-tck");
            case FORM -> Body.urlSearchParams("cors-tck=1");
            case MULTIPART -> Body.formData("cors-tck=1");
        };
    }

    /** The report model's form of a harness observation. */
    static Observation toReport(dev.corstck.harness.Observation o) {
        List<dev.corstck.reports.model.Header> visible = o.response().headers().stream()
                .map(h -> new dev.corstck.reports.model.Header(h.name(), h.value())).toList();
        PreflightSeen preflight = o.preflightSent() == Observed.YES ? PreflightSeen.SENT
                : o.preflightSent() == Observed.NO ? PreflightSeen.NOT_SENT : PreflightSeen.NOT_OBSERVED;
        List<String> notObserved = o.unavailable().stream().map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .sorted().toList();
        return new Observation(o.outcome().name(), o.response().type(), o.status(), visible,
                o.jsError().map(Object::toString).orElse(""), o.console(),
                o.corsReason().map(r -> r.error()).orElse(""), preflight, notObserved);
    }
}
