package dev.corstck.tck.simulator;

import static dev.corstck.tck.simulator.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.fetch.http.ResponderException;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulator never throws on what a server sends: malformed, duplicated, huge or missing headers, any status,
 * failing responders. A seeded fuzzer (size from {@code cors.tck.fuzz.iterations}) checks it stays total and
 * deterministic.
 */
class RobustnessTests {

    private static final String[] NAMES = {"Access-Control-Allow-Origin", "Access-Control-Allow-Credentials",
        "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Expose-Headers",
        "Access-Control-Max-Age", "Location", "Set-Cookie", "Content-Type", "X-Other"};
    private static final String[] VALUES = {"*", A, A + "/", "null", "", " ", "true", "TRUE", "PUT", "put, ,GET",
        "x-a", "bad token", "\u0000", "\u00ff\u00fe", "-1", "+5", "99999999999999999999999", "/t", "//x",
        "https://u:p@api.example/", "data:,x", "http://[::1", B2 + "/r", "a".repeat(5000), ",,,", "\t*\t", "*, *"};
    private static final int[] STATUSES = {0, 100, 200, 204, 299, 301, 302, 303, 307, 308, 399, 404, 500, 999, -1};

    static Stream<String> failingResponders() {
        return Stream.of("throws-responder-exception", "throws-runtime-exception");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingResponders")
    void failingResponderIsANetworkError(String id) {
        Responder r = (origin, request) -> {
            if (id.startsWith("throws-responder")) {
                throw new ResponderException("connection refused");
            }
            throw new IllegalStateException("boom");
        };
        for (BrowserProfile profile : BrowserProfile.ALL) {
            Prediction p = new SimulatedBrowser(profile).fetch(get().withMethod("PUT"), r);
            assertThat(p.outcome()).isEqualTo(Outcome.NETWORK_ERROR);
            assertThat(p.block().orElseThrow().reason()).isEqualTo(BlockReason.NETWORK_FAILURE);
            assertThat(p.exchanges()).hasSize(1);
            assertThat(p.exchanges().get(0).response()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void randomResponsesNeverThrowAndAreDeterministic(long seed) {
        int iterations = Integer.getInteger("cors.tck.fuzz.iterations", 20_000) / 4;
        Random random = new Random(seed);
        List<FetchRequest> requests = List.of(get(), get().withMethod("PUT").withHeader("X-A", "1"),
                get().withCredentials(CredentialsMode.INCLUDE).withHeader("Authorization", "x"),
                get().withMode(RequestMode.NO_CORS), get().withMethod("POST").withBody(Body.of(BodyKind.STREAM)));
        for (int i = 0; i < iterations; i++) {
            long responseSeed = random.nextLong();
            FetchRequest request = requests.get(random.nextInt(requests.size()));
            BrowserProfile profile = BrowserProfile.ALL.get(random.nextInt(4));
            Prediction first = new SimulatedBrowser(profile).fetch(request, fuzzed(responseSeed));
            Prediction second = new SimulatedBrowser(profile).fetch(request, fuzzed(responseSeed));
            assertThat(second.observable()).isEqualTo(first.observable());
            assertThat(second.explanation()).isEqualTo(first.explanation());
        }
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 2L, 3L, 4L);
    }

    /** A responder answering every request with random, often malformed, lines derived from {@code seed}. */
    private static Responder fuzzed(long seed) {
        return (origin, request) -> {
            Random r = new Random(seed ^ request.method().hashCode() ^ request.target().hashCode());
            HeaderList h = HeaderList.empty();
            int lines = r.nextInt(8);
            for (int i = 0; i < lines; i++) {
                h = h.with(NAMES[r.nextInt(NAMES.length)], VALUES[r.nextInt(VALUES.length)]);
            }
            return new RawResponse(STATUSES[r.nextInt(STATUSES.length)], h, "");
        };
    }
}
