package dev.corstck.tck.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.probe.Exchange;
import dev.corstck.tck.probe.ProbeOutcome;
import dev.corstck.tck.probe.ProbeTarget;
import dev.corstck.tck.probe.Timing;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Discovery judges a preflight as a browser does, with the shared CORS check and header-list parsing
 * (fetch#cors-preflight-fetch-0). The two corrected rows: padded {@code Access-Control-Allow-Credentials} is
 * {@code true}, and a list element that is no token fails the whole preflight.
 */
class PreflightAnswerTests {

    private static final String ORIGIN = "http://app.localhost:3000";

    record Row(String id, boolean credentialed, String header, HeaderList response, PreflightAnswer.Verdict verdict) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> rows() {
        HeaderList exact = HeaderList.of("Access-Control-Allow-Origin", ORIGIN, "Access-Control-Allow-Methods", "PUT");
        return Stream.of(
                new Row("put-listed", false, "", exact, PreflightAnswer.Verdict.ALLOWED),
                new Row("put-not-listed", false, "", HeaderList.of("Access-Control-Allow-Origin", ORIGIN),
                        PreflightAnswer.Verdict.REFUSED),
                new Row("credentials-true", true, "", exact.with("Access-Control-Allow-Credentials", "true"),
                        PreflightAnswer.Verdict.ALLOWED),
                new Row("credentials-true-padded-with-http-whitespace", true, "",
                        exact.with("Access-Control-Allow-Credentials", " true\t"), PreflightAnswer.Verdict.ALLOWED),
                new Row("credentials-missing", true, "", exact, PreflightAnswer.Verdict.REFUSED),
                new Row("star-with-credentials", true, "", HeaderList.of("Access-Control-Allow-Origin", "*",
                        "Access-Control-Allow-Methods", "PUT", "Access-Control-Allow-Credentials", "true"),
                        PreflightAnswer.Verdict.REFUSED),
                new Row("methods-with-a-non-token-element", false, "", HeaderList.of("Access-Control-Allow-Origin",
                        ORIGIN, "Access-Control-Allow-Methods", "PUT, GET POST"), PreflightAnswer.Verdict.REFUSED),
                new Row("header-listed", false, "X-Custom", exact.with("Access-Control-Allow-Headers", "x-custom"),
                        PreflightAnswer.Verdict.ALLOWED),
                new Row("headers-with-a-non-token-element", false, "X-Custom", exact.with(
                        "Access-Control-Allow-Headers", "x-custom, a:b"), PreflightAnswer.Verdict.REFUSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void judgesThePreflightAsABrowserDoes(Row row) {
        Exchange exchange = new Exchange(ProbeTarget.parse("http://127.0.0.1:8080"),
                RawRequest.of("OPTIONS", "/api", HeaderList.of("Origin", ORIGIN)),
                new ProbeOutcome.Answered(RawResponse.of(204, row.response()), ProbeOutcome.BodyExtent.COMPLETE, 0),
                Timing.notRun(Instant.EPOCH));

        PreflightAnswer answer = PreflightAnswer.judge("/api", "PUT", row.header(), ORIGIN, row.credentialed(),
                exchange);

        assertThat(answer.allowed()).isEqualTo(row.verdict());
    }
}
