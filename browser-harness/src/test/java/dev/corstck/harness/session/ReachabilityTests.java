package dev.corstck.harness.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.PageOrigin;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which page and target hosts a Grid's Chrome and a Grid's WebKit reach before any call runs. */
class ReachabilityTests {

    private static final URI GRID = URI.create("http://127.0.0.1:4444");
    private static final List<String> MAPPED = List.of("myapp.com", "api.example");

    @Test
    void aGridChromeReachesMappedHostsThroughItsHostResolverRules() {
        Engine chrome = Engine.remote(Engine.Kind.SELENIUM_GRID, GRID);

        assertThat(Reachability.check(chrome, PageOrigin.https("myapp.com", 443),
                FetchCall.get("http://api.example:8080/x"), MAPPED)).isEmpty();
    }

    @Test
    void aGridWebKitReachesLoopbackNamesOnlyAndSkipsMappedHostsAsTheLocalWebKitDoes() {
        Engine webKit = Engine.remote(Engine.Kind.WEBKIT_GRID, GRID);

        assertThat(Reachability.check(webKit, PageOrigin.https("app.localhost", 443),
                FetchCall.get("http://127.0.0.1:8080/x"), MAPPED)).isEmpty();
        Optional<Reachability.Verdict> page = Reachability.check(webKit, PageOrigin.https("myapp.com", 443),
                FetchCall.get("http://127.0.0.1:8080/x"), MAPPED);
        Optional<Reachability.Verdict> target = Reachability.check(webKit, PageOrigin.http("localhost", 3000),
                FetchCall.get("http://api.example:8080/x"), MAPPED);
        for (Optional<Reachability.Verdict> v : List.of(page, target)) {
            assertThat(v).get().satisfies(verdict -> {
                assertThat(verdict.skipped()).as("skipped, not an error").isTrue();
                assertThat(verdict.reason()).startsWith("WebKitGTK has no host-resolver setting");
            });
        }
        assertThat(Reachability.check(Engine.WEBKIT, PageOrigin.https("myapp.com", 443),
                FetchCall.get("http://127.0.0.1:8080/x"), MAPPED)).as("the local WebKit").isEqualTo(page);
    }
}
