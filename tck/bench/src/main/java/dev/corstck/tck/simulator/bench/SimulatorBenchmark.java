package dev.corstck.tck.simulator.bench;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.Prediction;
import dev.corstck.tck.simulator.SimulatedBrowser;
import dev.corstck.tck.simulator.replay.ScriptedResponder;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Predictions per second for a typical preflighted fetch (PUT with Authorization and a JSON Content-Type, credentials
 * included) against an in-memory scripted responder, in a fresh browser each time so every prediction preflights.
 * Run with {@code tools/bench-simulator}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SimulatorBenchmark {

    @Param({"spec", "chromium"})
    public String profile;

    private BrowserProfile browserProfile;
    private ScriptedResponder responder;
    private FetchRequest request;

    @Setup
    public void setUp() {
        browserProfile = profile.equals("spec") ? BrowserProfile.SPEC : BrowserProfile.CHROMIUM;
        responder = ScriptedResponder.of("https://api.example", ServerScript.of("/items/7",
                ScriptedResponse.of(204, "Access-Control-Allow-Origin", "{origin}", "Access-Control-Allow-Credentials",
                        "true", "Access-Control-Allow-Methods", "GET, PUT, DELETE", "Access-Control-Allow-Headers",
                        "authorization, content-type", "Access-Control-Max-Age", "600", "Vary", "Origin"),
                ScriptedResponse.of(200, "Access-Control-Allow-Origin", "{origin}", "Access-Control-Allow-Credentials",
                        "true", "Access-Control-Expose-Headers", "ETag", "Content-Type", "application/json", "ETag",
                        "\"1\"", "Vary", "Origin")));
        request = FetchRequest.get("https://app.example", "https://api.example/items/7").withMethod("PUT")
                .withHeader("Authorization", "Bearer token").withHeader("Content-Type", "application/json")
                .withCredentials(dev.corstck.fetch.request.CredentialsMode.INCLUDE);
    }

    @Benchmark
    public Prediction preflightedPut() {
        return new SimulatedBrowser(browserProfile).fetch(request, responder);
    }
}
