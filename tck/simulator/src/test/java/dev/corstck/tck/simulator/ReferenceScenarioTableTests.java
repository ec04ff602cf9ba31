package dev.corstck.tck.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.Responder;
import dev.corstck.fetch.http.ResponderException;
import dev.corstck.reference.scenario.BrowserOutcome;
import dev.corstck.reference.scenario.ScenarioTable;
import dev.corstck.reference.scenario.WireTraffic;
import dev.corstck.reference.server.ReferenceResponder;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of reference-impl's shared scenario table, run through the simulator against the reference
 * implementation's in-process responder: the simulator's outcome and wire traffic must be the row's.
 */
class ReferenceScenarioTableTests {

    /** Where the simulated target lives; the reference server ignores its own host. */
    static final String TARGET = "http://api.localhost:8080";
    /** The second origin of the same target that {@code {alt}} stands for. */
    static final String ALT = "http://alt.localhost:8081";

    static Stream<dev.corstck.reference.scenario.Scenario> rows() {
        return ScenarioTable.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void simulatorAgreesWithTheTable(dev.corstck.reference.scenario.Scenario row) {
        ReferenceResponder server = row.server().responder();
        Responder responder = (origin, request) -> {
            if (!origin.equals(TARGET) && !origin.equals(ALT)) {
                throw new ResponderException("connection refused: " + origin);
            }
            return server.respond(origin, request);
        };
        Prediction p = new SimulatedBrowser(BrowserProfile.SPEC).fetch(request(row), responder);
        String why = row.description() + "\n" + p.explanation().render();
        assertThat(outcome(p)).as(why).isEqualTo(row.expected().outcome());
        assertThat(traffic(p)).as(why).isEqualTo(row.expected().traffic());
    }

    static FetchRequest request(dev.corstck.reference.scenario.Scenario row) {
        var r = row.request();
        return new FetchRequest(FetchUrl.parseOrigin(row.pageOrigin()), r.method(), TARGET + r.path(ALT), r.headers(),
                Body.none(), r.mode(), r.credentials(),
                RedirectMode.FOLLOW);
    }

    /** The table's outcome vocabulary: a CORS response hiding the demo's {@code X-Request-Id} is HEADER_HIDDEN. */
    static BrowserOutcome outcome(Prediction p) {
        if (p.outcome() == Outcome.CORS_OK) {
            boolean sent = p.exchanges().get(p.exchanges().size() - 1).response()
                    .map(res -> res.headers().contains("X-Request-Id")).orElse(false);
            return sent && p.visibleHeader("X-Request-Id").isEmpty() ? BrowserOutcome.HEADER_HIDDEN
                    : BrowserOutcome.CORS_OK;
        }
        return BrowserOutcome.valueOf(p.outcome().name());
    }

    static WireTraffic traffic(Prediction p) {
        if (p.preflight() == PreflightUse.NO_PREFLIGHT) {
            return WireTraffic.NO_PREFLIGHT;
        }
        return p.actualRequests().isEmpty() ? WireTraffic.PREFLIGHT_ONLY : WireTraffic.PREFLIGHT_THEN_ACTUAL;
    }
}
