package dev.corstck.tck.simulator.wpt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.Prediction;
import dev.corstck.tck.simulator.SimulatedBrowser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WPT's {@code fetch/api/cors/} subtests, encoded as data, run through the simulator under the spec profile. A
 * subtest either reproduces, or is listed with its reason (a stale expectation, see
 * tck/SPEC-NOTES.md#other-differences, …); the report {@code target/wpt-simulator-report.txt} is produced here, never
 * by hand.
 */
class WptTests {

    private static final List<String> REPORT = new ArrayList<>();
    private static int reproduced;

    static Stream<WptSubtest> subtests() {
        return WptSubtest.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subtests")
    void reproducesOrExplains(WptSubtest t) {
        Prediction p = new SimulatedBrowser(BrowserProfile.SPEC).fetch(t.request(), t.responder());
        Optional<String> mismatch = mismatch(t.expect(), p);
        synchronized (REPORT) {
            if (mismatch.isEmpty()) {
                reproduced++;
            } else {
                REPORT.add("NOT REPRODUCED  " + t + "\n    simulator: " + mismatch.get() + "\n    reason: "
                        + t.known().orElse("UNEXPLAINED"));
            }
        }
        assertThat(mismatch.isPresent()).as("%s\n%s\nmismatch: %s", t, p.explanation().render(), mismatch)
                .isEqualTo(t.known().isPresent());
    }

    /** Compare the prediction with the subtest's assertions; empty when it reproduces. */
    static Optional<String> mismatch(JsonNode expect, Prediction p) {
        List<String> diffs = new ArrayList<>();
        if (!expect.get("outcome").asText().equals(p.outcome().name())) {
            diffs.add("outcome " + p.outcome() + " (WPT expects " + expect.get("outcome").asText() + ")");
        }
        if (expect.has("status") && expect.get("status").asInt() != p.status()) {
            diffs.add("status " + p.status());
        }
        if (expect.has("preflight") && !expect.get("preflight").asText().equals(p.preflight().name())) {
            diffs.add(p.preflight().name());
        }
        if (expect.has("origin_seen")) {
            String seen = p.actualRequests().isEmpty() ? "" : p.actualRequests().get(p.actualRequests().size() - 1)
                    .headers().first("Origin").orElse("");
            if (!seen.equals(WptSubtest.origins(expect.get("origin_seen").asText()))) {
                diffs.add("Origin seen " + seen);
            }
        }
        if (expect.has("acrh")) {
            String acrh = p.preflightRequest().flatMap(r -> r.headers().first("Access-Control-Request-Headers"))
                    .orElse("");
            if (!acrh.equals(expect.get("acrh").asText())) {
                diffs.add("Access-Control-Request-Headers '" + acrh + "'");
            }
        }
        for (JsonNode name : expect.path("visible")) {
            if (p.visibleHeader(name.asText()).isEmpty()) {
                diffs.add(name.asText() + " hidden");
            }
        }
        for (JsonNode name : expect.path("hidden")) {
            if (p.visibleHeader(name.asText()).isPresent()) {
                diffs.add(name.asText() + " visible");
            }
        }
        return diffs.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", diffs));
    }

    @AfterAll
    static void writeReport() throws IOException {
        int total = reproduced + REPORT.size();
        String text = "WPT fetch/api/cors and cors/ subtests through the simulator (spec profile): " + reproduced + " of " + total
                + " reproduced, " + REPORT.size() + " not\n\n" + String.join("\n", REPORT) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "wpt-simulator-report.txt"), text);
        System.out.println(text);
    }
}
