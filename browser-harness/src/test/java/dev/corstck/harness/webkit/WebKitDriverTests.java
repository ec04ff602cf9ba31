package dev.corstck.harness.webkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.engine.LaunchSpec.CookieMode;
import dev.corstck.harness.firefox.EngineDriverFixture;
import dev.corstck.harness.firefox.Leftovers;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebKitDriverTests extends EngineDriverFixture<WebKitDriver> {

    WebKitDriverTests() {
        super(Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"), List.of(), "files");
    }

    @Override
    protected WebKitDriver launch(LaunchSpec spec) throws EngineException {
        return WebKitDriver.launch(spec);
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
}
