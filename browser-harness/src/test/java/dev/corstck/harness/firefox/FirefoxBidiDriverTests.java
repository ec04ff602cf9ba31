package dev.corstck.harness.firefox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineEvent.Console;
import dev.corstck.harness.engine.EngineEvent.Header;
import dev.corstck.harness.engine.EngineEvent.LoadingFailed;
import dev.corstck.harness.engine.EngineEvent.RequestSent;
import dev.corstck.harness.engine.EngineEvent.ResponseReceived;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineId.Capability;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirefoxBidiDriverTests extends EngineDriverFixture<FirefoxBidiDriver> {

    FirefoxBidiDriverTests() {
        super(Path.of("/usr/bin/firefox-esr"), List.of("app.test"), "profiles");
    }

    @Override
    protected FirefoxBidiDriver launch(LaunchSpec spec) throws EngineException {
        return FirefoxBidiDriver.launch(spec);
    }

    @Override
    public ProcessHandle browserProcess(EngineDriver d, EngineSession session) {
        return ((FirefoxBidiDriver) d).processTree().root();
    }

    @Override
    public Set<ProcessHandle> processesOf(EngineDriver d) {
        return ((FirefoxBidiDriver) d).processTree().known();
    }

    @Override
    public CrossSiteCookie firstPartyCookieInCrossSiteFetchByDefault() {
        return CrossSiteCookie.WITHHELD; // Total Cookie Protection: the cross-site fetch uses a partitioned jar
    }

    @Override
    public void checkBlockedGetEvents(List<EngineEvent> events, URI url) {
        assertThat(consoleTexts(events)).anySatisfy(text ->
                assertThat(text).startsWith("Cross-Origin Request Blocked").contains(url.toString())
                        .contains("(Reason: CORS header ‘Access-Control-Allow-Origin’ missing)"));
        assertThat(sent(events, url)).singleElement()
                .satisfies(r -> assertThat(r.method() + " " + r.preflight()).isEqualTo("GET false"));
        // Firefox reads the response head before the CORS check fails it, so the blocked GET completes with 200.
        assertThat(received(events, url)).extracting(ResponseReceived::status).containsExactly(200);
    }

    @Override
    public void checkPreflightEvents(List<EngineEvent> events, URI url) {
        // Firefox announces the PUT's channel before the preflight it waits on: compare as a set, not in order.
        assertThat(sent(events, url)).extracting(r -> r.method() + " preflight=" + r.preflight())
                .containsExactlyInAnyOrder("OPTIONS preflight=true", "PUT preflight=false");
        assertThat(sent(events, url)).filteredOn(RequestSent::preflight).singleElement()
                .satisfies(r -> assertThat(r.headers()).contains(new Header("Access-Control-Request-Method", "PUT"),
                        new Header("Access-Control-Request-Headers", "authorization,content-type")));
        assertThat(sent(events, url)).filteredOn(r -> !r.preflight()).singleElement()
                .satisfies(r -> assertThat(r.headers()).contains(new Header("Authorization", "Bearer t")));
        assertThat(received(events, url)).extracting(r -> r.status() + " preflight=" + r.preflight())
                .containsExactlyInAnyOrder("204 preflight=true", "200 preflight=false");
    }

    @Override
    public void checkFailedPreflightEvents(List<EngineEvent> events, URI url) {
        assertThat(consoleTexts(events)).anySatisfy(text ->
                assertThat(text).contains(url.toString()).contains("(Reason: header ‘authorization’ is not allowed"
                        + " according to header ‘Access-Control-Allow-Headers’ from CORS preflight response)"));
        assertThat(events).filteredOn(LoadingFailed.class::isInstance).map(LoadingFailed.class::cast)
                .filteredOn(f -> f.url().equals(url.toString())).isNotEmpty()
                .allSatisfy(f -> assertThat(f.errorText()).isNotBlank());
        assertThat(sent(events, url)).filteredOn(RequestSent::preflight).hasSize(1);
    }

    @Test
    void reportsConsoleAndNetworkButNoStructuredReason() {
        assertThat(driver.id().toString()).isEqualTo("firefox/bidi");
        assertThat(driver.id().capabilities()).containsExactlyInAnyOrder(Capability.CONSOLE, Capability.NETWORK);
        assertThat(driver.browserVersion()).matches("\\d+\\.\\d+.*");
        assertThat(driver.isAlive()).isTrue();
    }

    @Test
    void mapsLaunchSpecHostsToLoopback() throws Exception {
        URI mapped = URI.create("http://app.test:" + fixture.pageUrl().getPort() + "/");
        try (EngineSession s = driver.openSession()) {
            s.navigate(mapped, TIMEOUT);

            assertThat(s.evaluateAsync("Promise.resolve(location.origin)", TIMEOUT))
                    .isEqualTo("http://app.test:" + mapped.getPort());
        }
    }

    @Test
    void deliversEventsOnlyToTheSessionThatCausedThem() throws Exception {
        URI url = fixture.answer("/firefox/own-events", CorsAnswer.none());
        try (EngineSession a = openOnPage(); EngineSession b = openOnPage()) {
            b.drainEvents();
            fetch(a, url, "{}");

            assertThat(consoleTexts(collect(a))).anySatisfy(text -> assertThat(text).contains(url.toString()));
            assertThat(collect(b)).as("b's own late events (favicon) may come; a's never")
                    .noneMatch(e -> e instanceof Console || e.toString().contains(url.toString()));
        }
    }

    @Test
    void requestEventsShowTheCookieHeaderOfCredentialedFetches() throws Exception {
        URI url = fixture.answer("/firefox/cookie-event", CorsAnswer.allowAll());
        try (EngineSession s = driver.openSession()) {
            s.navigate(fixture.setCookieUrl(), TIMEOUT);
            s.navigate(fixture.pageUrl(), TIMEOUT);
            s.drainEvents();
            fetch(s, url, "{credentials: 'include'}");

            assertThat(sent(collect(s), url)).singleElement().satisfies(r -> assertThat(r.headers())
                    .anySatisfy(h -> assertThat(h.name() + ": " + h.value()).startsWith("Cookie: ")
                            .contains("tck_plain=1")));
        }
    }

    @Test
    void crashHelperFirefoxDaemonizesIsEndedWithIt() throws Exception {
        FirefoxBidiDriver fresh = (FirefoxBidiDriver) launchFresh();
        Optional<ProcessHandle> helper;
        Set<ProcessHandle> started;
        try {
            // GIVEN Firefox ESR's crash helper, started even with crash reporting disabled and daemonized at once
            helper = crashHelperOf(fresh.processTree().root(), Duration.ofSeconds(5));
            assertThat(helper).as("a crashhelper whose first argument is Firefox's PID").isPresent();
            assertThat(fresh.processTree().root().descendants()).doesNotContain(helper.get());
        } finally {
            started = processesOf(fresh);
            fresh.close();
        }
        // THEN the driver counts it among its processes and ends it with the browser
        assertThat(started).contains(helper.get());
        assertThat(Leftovers.running(started)).isEmpty();
    }

    @Test
    void failedLaunchEndsTheHelpersTheBrowserDaemonized(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("helper.pid");
        // GIVEN a browser that daemonizes a helper, as Firefox does its crashhelper, and never opens BiDi
        Path broken = Leftovers.script(dir, "daemonizing-browser",
                "(sleep 60 & echo $! > '" + pidFile + "')\nexec sleep 60");
        Optional<ProcessHandle> helper = Optional.empty();
        try {
            assertThatThrownBy(() -> launchWith(broken, Duration.ofSeconds(3))).isInstanceOf(EngineException.class);
            helper = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));

            // THEN the helper, outside the browser's process tree, is ended too
            assertThat(Leftovers.running(helper.stream().toList())).as("the daemonized helper").isEmpty();
        } finally {
            helper.ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** Find the {@code crashhelper} Firefox {@code root} started (its first argument is the root's PID). */
    private static Optional<ProcessHandle> crashHelperOf(ProcessHandle root, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<ProcessHandle> helper = ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().orElse("").endsWith("/crashhelper"))
                    .filter(p -> p.info().arguments().filter(a -> a.length > 0)
                            .map(a -> a[0].equals(Long.toString(root.pid()))).orElse(false))
                    .findFirst();
            if (helper.isPresent() || System.nanoTime() > deadline) {
                return helper;
            }
            Thread.sleep(50);
        }
    }

    private static List<String> consoleTexts(List<EngineEvent> events) {
        return events.stream().filter(Console.class::isInstance).map(e -> ((Console) e).text()).toList();
    }

    private static List<RequestSent> sent(List<EngineEvent> events, URI url) {
        return events.stream().filter(RequestSent.class::isInstance).map(RequestSent.class::cast)
                .filter(r -> r.url().equals(url.toString())).toList();
    }

    private static List<ResponseReceived> received(List<EngineEvent> events, URI url) {
        return events.stream().filter(ResponseReceived.class::isInstance).map(ResponseReceived.class::cast)
                .filter(r -> r.url().equals(url.toString())).toList();
    }
}
