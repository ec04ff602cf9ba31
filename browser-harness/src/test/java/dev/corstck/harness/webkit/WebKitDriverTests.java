package dev.corstck.harness.webkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.engine.LaunchSpec.CookieMode;
import dev.corstck.harness.firefox.CorsApiFixture;
import dev.corstck.harness.firefox.EngineDriverContract;
import dev.corstck.harness.firefox.Leftovers;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebKitDriverTests implements EngineDriverContract {

    private static final Path MINIBROWSER = Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser");

    private CorsApiFixture fixture;
    private WebKitDriver driver;
    private Path workDir;

    @BeforeAll
    void launch() throws Exception {
        workDir = Files.createTempDirectory("webkit-tests-");
        fixture = new CorsApiFixture();
        driver = WebKitDriver.launch(spec(CookieMode.ALLOW_THIRD_PARTY, List.of()));
    }

    @AfterAll
    void close() {
        Set<ProcessHandle> started = driver == null ? Set.of() : driver.knownProcesses();
        if (driver != null) {
            driver.close();
        }
        if (fixture != null) {
            fixture.close();
        }
        assertThat(Leftovers.running(started)).isEmpty();
        assertThat(workDir.toFile().list()).as("files left in the work dir").isEmpty();
    }

    @Override
    public EngineDriver driver() {
        return driver;
    }

    @Override
    public CorsApiFixture fixture() {
        return fixture;
    }

    @Override
    public EngineDriver launchFresh() throws EngineException {
        return WebKitDriver.launch(spec(CookieMode.ENGINE_DEFAULT, List.of()));
    }

    @Override
    public EngineDriver launchWith(Path executable, Duration launchTimeout) throws EngineException {
        return WebKitDriver.launch(new LaunchSpec(executable, List.of(), CookieMode.ENGINE_DEFAULT, launchTimeout,
                TIMEOUT, workDir));
    }

    @Override
    public ProcessHandle browserProcess(EngineDriver d, EngineSession session) {
        return ((WebKitSession) session).browserProcess();
    }

    @Override
    public Set<ProcessHandle> processesOf(EngineDriver d) {
        return ((WebKitDriver) d).knownProcesses();
    }

    @Override
    public CrossSiteCookie firstPartyCookieInCrossSiteFetchByDefault() {
        return CrossSiteCookie.SENT; // --cookies-policy=no-third-party refuses to store third-party cookies, not to send
    }

    @Override
    public void checkBlockedGetEvents(List<EngineEvent> events, URI url) {
        assertThat(events).isEmpty();
    }

    @Override
    public void checkPreflightEvents(List<EngineEvent> events, URI url) {
        assertThat(events).isEmpty();
    }

    @Override
    public void checkFailedPreflightEvents(List<EngineEvent> events, URI url) {
        assertThat(events).isEmpty();
    }

    @Test
    void saysItObservesNothingButJavaScript() {
        assertThat(driver.id().toString()).isEqualTo("webkit/webkitwebdriver");
        assertThat(driver.id().capabilities()).isEmpty();
        assertThat(driver.browserVersion()).matches("\\d+\\.\\d+.*");
        assertThat(driver.isAlive()).isTrue();
    }

    @Test
    void launchesWithHostsItCannotMapAndSaysSo() throws Exception {
        try (WebKitDriver mapped = WebKitDriver.launch(spec(CookieMode.ENGINE_DEFAULT, List.of("app.test")))) {
            assertThat(mapped.unmappedHosts()).containsExactly("app.test");
            assertThat(WebKitDriver.HOST_MAPPING_UNSUPPORTED).contains("host-resolver");
            assertThat(driver.unmappedHosts()).isEmpty();
        }
    }

    private LaunchSpec spec(CookieMode cookies, List<String> hosts) {
        return new LaunchSpec(MINIBROWSER, hosts, cookies, Duration.ofSeconds(30), Duration.ofSeconds(15), workDir);
    }
}
