package dev.corstck.tck.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.origin.OriginParse;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pin the scenario IDs (and page origins) generated for the engine's demo policy: baselines and
 * certification/RESULTS.json cite these IDs, so a refactoring of the look-alike constructions must not move them.
 * Regenerate the golden file only for an intended change, with {@code -Dcors.tck.listing.write=true}.
 */
class ScenarioIdListingTests {

    private static final Path DEMO = Path.of("../junit-engine/src/test/resources/dev/corstck/tck/engine/demo-policy.yaml");
    private static final String GOLDEN = "demo-policy-scenario-ids.txt";

    /** Trusted origins of every shape the look-alike rules tell apart: default port, IP forms, the top port. */
    static final List<TupleOrigin> SAMPLES = Stream.of("https://app.example", "http://app.example:8080",
            "http://localhost:3000", "https://127.0.0.1", "http://[::1]:65535", "http://10.0.0.1:65535", "https://example")
            .map(o -> ((OriginParse.Parsed) TupleOrigin.parse(o)).origin()).toList();

    @Test
    void demoPolicyScenarioIdsAreUnchanged() throws IOException {
        GradingPolicyFile.Loaded loaded = GradingPolicyFile.parse(Files.readString(DEMO), DEMO.toString());
        assertThat(loaded).isInstanceOf(GradingPolicyFile.Loaded.Valid.class);
        String listing = ScenarioGenerator.generate(((GradingPolicyFile.Loaded.Valid) loaded).policy(),
                        TargetUrl.parse("http://127.0.0.1:8080")).stream()
                .map(s -> s.id() + " " + s.page().origin() + " " + s.page().originClass() + " " + s.page().imitates() + "\n")
                .collect(Collectors.joining());
        listing += SAMPLES.stream().flatMap(t -> PageOrigins.lookAlikes(t).stream())
                .map(v -> v.imitates() + " " + v.originClass() + " " + v.origin() + "\n").collect(Collectors.joining());
        if (Boolean.getBoolean("cors.tck.listing.write")) {
            Files.writeString(Path.of("src/test/resources/dev/corstck/tck/generation", GOLDEN), listing);
        }
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden listing " + GOLDEN).isNotNull();
            assertThat(listing).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
