package dev.corstck.tck.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pin the look-alikes discovery probes: its inference reads their kinds and the reports show their origins, so a
 * refactoring of the look-alike constructions must not change them. Regenerate the golden file only for an intended
 * change, with {@code -Dcors.tck.listing.write=true}.
 */
class LookAlikeListingTests {

    private static final String GOLDEN = "look-alikes.txt";

    /** Trusted origins of every shape the look-alike rules tell apart: default port, IP forms, the top port. */
    private static final List<String> SAMPLES = List.of("https://app.example", "http://app.example:8080",
            "http://localhost:3000", "https://127.0.0.1", "http://[::1]:65535", "http://10.0.0.1:65535",
            "https://example");

    @Test
    void lookAlikesAreUnchanged() throws IOException {
        String listing = SAMPLES.stream().flatMap(t -> CandidateOrigins.lookAlikes(t, "1a2b").stream())
                .map(c -> c.imitates() + " " + c.kind() + " " + c.origin() + "\n").collect(Collectors.joining());
        if (Boolean.getBoolean("cors.tck.listing.write")) {
            Files.writeString(Path.of("src/test/resources/dev/corstck/tck/discovery", GOLDEN), listing);
        }
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden listing " + GOLDEN).isNotNull();
            assertThat(listing).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
