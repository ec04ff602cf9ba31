package dev.corstck.harness.firefox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineSession;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every engine driver must do with a real browser against real loopback servers: readable and blocked reads,
 * preflights (sent exactly, actual request withheld on failure), opaque no-cors, isolated sessions and bounded failure
 * when the browser dies or hangs. Engine test classes implement the hooks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public interface EngineDriverContract {

    Duration TIMEOUT = Duration.ofSeconds(15);
    String PUT_WITH_AUTHORIZATION = "{method: 'PUT', headers: {'Authorization': 'Bearer t',"
            + " 'Content-Type': 'application/json'}, body: '{}'}";

    /** The driver shared by the class's tests (third-party cookies allowed). */
    EngineDriver driver();

    CorsApiFixture fixture();

    /** Launch a driver of its own for a test that breaks it. */
    EngineDriver launchFresh() throws EngineException;

    /** Launch this engine with {@code executable} in place of the browser, {@code launchTimeout} to start. */
    EngineDriver launchWith(Path executable, Duration launchTimeout) throws EngineException;

    /** Return the process whose death or stop takes {@code session}'s page down. */
    ProcessHandle browserProcess(EngineDriver driver, EngineSession session);

    /** Return every process {@code driver} started so far. */
    Set<ProcessHandle> processesOf(EngineDriver driver);

    /** What the engine's default cookie policy does with a first-party cookie in a cross-site credentialed fetch. */
    enum CrossSiteCookie { SENT, WITHHELD }

    /** Say what this engine's default cookie policy does (Firefox partitions; WebKitGTK only refuses to store). */
    CrossSiteCookie firstPartyCookieInCrossSiteFetchByDefault();

    /** Check what the engine reported while a GET without ACAO to {@code url} was blocked. */
    void checkBlockedGetEvents(List<EngineEvent> events, URI url) throws InterruptedException;

    /** Check what the engine reported for a successful preflight and PUT to {@code url}. */
    void checkPreflightEvents(List<EngineEvent> events, URI url) throws InterruptedException;

    /** Check what the engine reported when the preflight to {@code url} lacked ACAH. */
    void checkFailedPreflightEvents(List<EngineEvent> events, URI url) throws InterruptedException;

    @Test
    default void getWithMatchingAcaoIsReadable() throws Exception {
        URI url = fixture().answer("/contract/readable", CorsAnswer.allowAll());
        try (EngineSession s = openOnPage()) {
            FetchProbe result = fetch(s, url, "{}");

            assertThat(result).isEqualTo(new FetchProbe("ok", "cors", 200, "hello from /contract/readable", ""));
            assertThat(fixture().requests("/contract/readable")).singleElement()
                    .satisfies(r -> assertThat(r.header("origin")).isEqualTo(fixture().pageOrigin()));
        }
    }

    @Test
    default void getWithoutAcaoIsSentButNotReadable() throws Exception {
        URI url = fixture().answer("/contract/blocked", CorsAnswer.none());
        try (EngineSession s = openOnPage()) {
            FetchProbe result = fetch(s, url, "{}");

            assertThat(result.outcome()).as(result.toString()).isEqualTo("error");
            assertThat(result.error()).startsWith("TypeError");
            assertThat(fixture().requests("/contract/blocked")).extracting(RecordedRequest::method)
                    .containsExactly("GET");
            checkBlockedGetEvents(collect(s), url);
        }
    }

    @Test
    default void putWithAuthorizationIsPreflightedExactly() throws Exception {
        URI url = fixture().answer("/contract/preflighted", CorsAnswer.allowAll());
        try (EngineSession s = openOnPage()) {
            FetchProbe result = fetch(s, url, PUT_WITH_AUTHORIZATION);

            assertThat(result.type()).as(result.toString()).isEqualTo("cors");
            List<RecordedRequest> seen = fixture().requests("/contract/preflighted");
            assertThat(seen).extracting(RecordedRequest::method).containsExactly("OPTIONS", "PUT");
            assertThat(seen.get(0).header("access-control-request-method")).isEqualTo("PUT");
            assertThat(seen.get(0).header("access-control-request-headers")).isEqualTo("authorization,content-type");
            assertThat(seen.get(0).headers()).doesNotContainKeys("authorization", "cookie");
            assertThat(seen.get(1).header("authorization")).isEqualTo("Bearer t");
            checkPreflightEvents(collect(s), url);
        }
    }

    @Test
    default void failedPreflightNeverSendsThePut() throws Exception {
        URI url = fixture().answer("/contract/no-acah", CorsAnswer.withoutAllowHeaders());
        try (EngineSession s = openOnPage()) {
            FetchProbe result = fetch(s, url, PUT_WITH_AUTHORIZATION);

            assertThat(result.outcome()).as(result.toString()).isEqualTo("error");
            assertThat(fixture().requests("/contract/no-acah")).extracting(RecordedRequest::method)
                    .containsExactly("OPTIONS");
            checkFailedPreflightEvents(collect(s), url);
        }
    }

    @Test
    default void noCorsGetIsOpaque() throws Exception {
        URI url = fixture().answer("/contract/no-cors", CorsAnswer.none());
        try (EngineSession s = openOnPage()) {
            FetchProbe result = fetch(s, url, "{mode: 'no-cors'}");

            assertThat(result).isEqualTo(new FetchProbe("ok", "opaque", 0, "", ""));
            assertThat(fixture().requests("/contract/no-cors")).singleElement()
                    .satisfies(r -> assertThat(r.header("sec-fetch-mode")).isIn("no-cors", ""));
        }
    }

    @Test
    default void sessionsShareNeitherCookiesNorPreflightCache() throws Exception {
        URI creds = fixture().answer("/contract/isolation-creds", CorsAnswer.allowAll());
        URI cached = fixture().answer("/contract/isolation-cached", CorsAnswer.allowAll());
        try (EngineSession a = driver().openSession(); EngineSession b = driver().openSession()) {
            // GIVEN session a holds a first-party cookie of the API's site and a cached preflight
            a.navigate(fixture().setCookieUrl(), TIMEOUT);
            a.navigate(fixture().pageUrl(), TIMEOUT);
            b.navigate(fixture().pageUrl(), TIMEOUT);
            fetch(a, cached, PUT_WITH_AUTHORIZATION);
            fetch(a, cached, PUT_WITH_AUTHORIZATION);
            // WHEN both sessions make the same credentialed fetch and the same PUT
            fetch(a, creds, "{credentials: 'include'}");
            fetch(b, creds, "{credentials: 'include'}");
            fetch(b, cached, PUT_WITH_AUTHORIZATION);
        }
        // THEN only a's fetch carried the cookie, and b sent its own preflight
        assertThat(fixture().requests("/contract/isolation-creds")).extracting(r -> r.header("cookie"))
                .satisfiesExactly(c -> assertThat(c).contains("tck_plain=1"), c -> assertThat(c).isEmpty());
        assertThat(fixture().requests("/contract/isolation-cached")).extracting(RecordedRequest::method)
                .containsExactly("OPTIONS", "PUT", "PUT", "OPTIONS", "PUT");
    }

    @Test
    default void engineDefaultCookiePolicyDecidesWhetherFirstPartyCookiesCrossSites() throws Exception {
        URI creds = fixture().answer("/contract/default-cookies", CorsAnswer.allowAll());
        EngineDriver engineDefault = launchFresh();
        try (EngineSession s = engineDefault.openSession()) {
            // GIVEN a cookie the API's site set first-party
            s.navigate(fixture().setCookieUrl(), TIMEOUT);
            s.navigate(fixture().pageUrl(), TIMEOUT);
            // WHEN a page of another site fetches the API with credentials
            FetchProbe result = fetch(s, creds, "{credentials: 'include'}");

            // THEN the read succeeds, and the engine's own policy decided about the cookie
            assertThat(result.type()).as(result.toString()).isEqualTo("cors");
        } finally {
            engineDefault.close();
        }
        String cookie = fixture().requests("/contract/default-cookies").get(0).header("cookie");
        assertThat(cookie.contains("tck_plain=1") ? CrossSiteCookie.SENT : CrossSiteCookie.WITHHELD)
                .as("Cookie: " + cookie).isEqualTo(firstPartyCookieInCrossSiteFetchByDefault());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KILL", "STOP"})
    default void deadOrHungBrowserFailsPendingEvaluateInTime(String signal) throws Exception {
        Duration evaluateTimeout = Duration.ofSeconds(2);
        Set<ProcessHandle> started;
        EngineDriver broken = launchFresh();
        try {
            EngineSession s = broken.openSession();
            s.navigate(fixture().pageUrl(), TIMEOUT);
            CompletableFuture<Throwable> pending = CompletableFuture.supplyAsync(() -> failureOf(s, evaluateTimeout));
            Thread.sleep(300);
            Leftovers.signal(browserProcess(broken, s), signal);

            assertThat(pending.get(evaluateTimeout.toMillis() + 2000, TimeUnit.MILLISECONDS))
                    .isInstanceOf(EngineException.class);
            assertThat(broken.isAlive()).isFalse();
        } finally {
            started = processesOf(broken);
            broken.close();
        }
        assertThat(Leftovers.running(started)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"exit 1", "exec sleep 60"})
    default void browserThatCannotStartFailsWithinLaunchTimeoutLeavingNothing(String body, @TempDir Path dir)
            throws Exception {
        Path broken = Leftovers.script(dir, "broken-browser", body);
        Duration launchTimeout = Duration.ofSeconds(3);
        Set<ProcessHandle> before = Leftovers.descendants();
        long started = System.nanoTime();

        assertThatThrownBy(() -> launchWith(broken, launchTimeout)).isInstanceOf(EngineException.class)
                .hasMessageMatching("(?s).*(exited|did not).*");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(launchTimeout.plusSeconds(3));
        Set<ProcessHandle> after = Leftovers.startedSince(before);
        after.removeAll(processesOf(driver())); // e.g. the shared WebKit driver warming its spare meanwhile
        assertThat(Leftovers.running(after)).isEmpty();
    }

    default EngineSession openOnPage() throws EngineException {
        EngineSession s = driver().openSession();
        try {
            s.navigate(fixture().pageUrl(), TIMEOUT);
            return s;
        } catch (EngineException e) {
            s.close();
            throw e;
        }
    }

    default FetchProbe fetch(EngineSession s, URI url, String init) throws EngineException {
        return FetchProbe.parse(s.evaluateAsync(FetchProbe.expression(url, init), TIMEOUT));
    }

    /** Drain {@code s}'s events; engines may report them a little after the script's result. */
    default List<EngineEvent> collect(EngineSession s) throws InterruptedException {
        Thread.sleep(200);
        return new ArrayList<>(s.drainEvents());
    }

    private static Throwable failureOf(EngineSession s, Duration timeout) {
        try {
            return new AssertionError("resolved: " + s.evaluateAsync("new Promise(() => {})", timeout));
        } catch (EngineException e) {
            return e;
        }
    }
}
