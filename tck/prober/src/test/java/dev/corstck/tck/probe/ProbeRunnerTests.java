package dev.corstck.tck.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProbeRunnerTests {

    @Test
    void runsManyJobsInParallelAndKeepsJobOrder() throws Exception {
        try (JdkTarget target = new JdkTarget(); WireProber prober = new WireProber(ProbeOptions.defaults());
                ProbeRunner runner = new ProbeRunner(prober, 4)) {
            List<ProbeJob> jobs = IntStream.range(0, 300).mapToObj(i -> new ProbeJob(target.target(),
                    RawRequest.of("GET", "/job/" + i, HeaderList.of("Origin", "https://app.example")))).toList();
            List<Exchange> results = runner.run(jobs, Duration.ofSeconds(20));
            assertThat(results).hasSize(300);
            for (int i = 0; i < 300; i++) {
                assertThat(results.get(i).response()).map(RawResponse::body).contains("/job/" + i);
            }
            assertThat(results).filteredOn(e -> e.timing().connection() == Timing.ConnectionUse.REUSED)
                    .hasSizeGreaterThan(250);
        }
    }

    @Test
    void runDeadlineEndsTheRunWhateverTheTargetDoes() throws Exception {
        ProbeOptions slow = ProbeOptions.defaults().withRequestTimeout(Duration.ofSeconds(5));
        try (ScriptedServer server = ScriptedServer.start(c -> {
            c.readHead();
            Thread.sleep(10_000);
        }); WireProber prober = new WireProber(slow); ProbeRunner runner = new ProbeRunner(prober, 2)) {
            List<ProbeJob> jobs = IntStream.range(0, 6).mapToObj(i -> new ProbeJob(server.target(),
                    RawRequest.of("GET", "/" + i, HeaderList.empty()))).toList();
            long t0 = System.nanoTime();
            List<Exchange> results = runner.run(jobs, Duration.ofMillis(400));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
            assertThat(results).hasSize(6).allSatisfy(e -> assertThat(e.failure()).get()
                    .isEqualTo(new ProbeFailure.Timeout(ProbeFailure.Phase.RUN_DEADLINE, Duration.ofMillis(400))));
        }
    }

    @Test
    void workerCountIsBounded() {
        try (WireProber prober = new WireProber(ProbeOptions.defaults())) {
            assertThatIllegalArgumentException().isThrownBy(() -> new ProbeRunner(prober, 0))
                    .withMessageContaining("1 to 256");
        }
    }
}
