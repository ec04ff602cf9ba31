package dev.corstck.examples.jetty;

import dev.corstck.tck.junit.CorsConformance;
import dev.corstck.tck.junit.CorsTarget;

/**
 * Certify Jetty 12's CrossOriginHandler: the engine creates this class (which starts the API on a free port), reads
 * the target from {@link #target()}, grades it against the policy on the wire, in the simulator and in Chromium, and
 * closes it (stopping Jetty). Known gaps are listed, with the reason, in {@code cors-baseline.txt}.
 */
@CorsConformance(policy = "src/test/resources/cors-policy.yaml", baseline = "cors-baseline.txt")
class JettyCorsConformanceTest implements AutoCloseable {

    private final JettyApiServer api = JettyApiServer.start("127.0.0.1", 0);

    JettyCorsConformanceTest() throws Exception {
    }

    @CorsTarget
    String target() {
        return api.baseUrl();
    }

    @Override
    public void close() throws Exception {
        api.close();
    }
}
