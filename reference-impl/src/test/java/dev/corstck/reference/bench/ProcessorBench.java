package dev.corstck.reference.bench;

import dev.corstck.reference.decision.CorsProcessor;
import dev.corstck.reference.decision.Decision;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.ReferenceResponder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * How long one CORS decision takes for the demo policy (three origins, four methods, two headers, credentials),
 * and one in-process answer of the reference target. Run with {@code tools/bench-reference}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProcessorBench {

    private final CorsProcessor processor = new CorsProcessor(DemoPolicy.standard());
    private final ReferenceResponder responder = new ReferenceResponder(DemoPolicy.standard());
    private final HeaderList actual = HeaderList.of("Host", "api.example", "Accept", "*/*",
            "Origin", "https://app.localhost", "Sec-Fetch-Mode", "cors", "Referer", "https://app.localhost/");
    private final HeaderList preflight = HeaderList.of("Host", "api.example", "Accept", "*/*",
            "Origin", "http://localhost:3000", "Access-Control-Request-Method", "PUT",
            "Access-Control-Request-Headers", "authorization,content-type", "Sec-Fetch-Mode", "cors");
    private final HeaderList disallowed = HeaderList.of("Host", "api.example", "Origin", "https://app.localhost.evil.example");
    private final RawRequest dataRequest = RawRequest.of("GET", "/api/data", actual);

    @Benchmark
    public Decision actualAllowed() {
        return processor.decide("GET", actual);
    }

    @Benchmark
    public Decision preflightAllowed() {
        return processor.decide("OPTIONS", preflight);
    }

    @Benchmark
    public Decision originDisallowed() {
        return processor.decide("GET", disallowed);
    }

    @Benchmark
    public RawResponse inProcessTargetAnswer() {
        return responder.respond("http://127.0.0.1", dataRequest);
    }
}
