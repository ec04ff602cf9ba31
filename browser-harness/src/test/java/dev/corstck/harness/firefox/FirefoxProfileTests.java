package dev.corstck.harness.firefox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.engine.LaunchSpec.CookieMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FirefoxProfileTests {

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("engine default, no hosts", spec(List.of(), CookieMode.ENGINE_DEFAULT), Map.of()),
                Arguments.of("third-party cookies allowed", spec(List.of(), CookieMode.ALLOW_THIRD_PARTY),
                        Map.of("network.cookie.cookieBehavior", 0)),
                Arguments.of("hosts mapped to loopback", spec(List.of("myapp.com", "api.test"),
                        CookieMode.ENGINE_DEFAULT), Map.of("network.dns.localDomains", "myapp.com,api.test")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void addsLaunchSpecPrefsToTheQuietOnes(String name, LaunchSpec spec, Map<String, Object> extra) {
        Map<String, Object> prefs = FirefoxProfile.prefs(spec);

        assertThat(prefs).containsAllEntriesOf(FirefoxProfile.QUIET_PREFS).containsAllEntriesOf(extra)
                .hasSize(FirefoxProfile.QUIET_PREFS.size() + extra.size());
    }

    @Test
    void writesUserJsWithQuotedStringsAndBareNumbersAndBooleans() {
        assertThat(FirefoxProfile.userJs(Map.of("a.s", "x\"y\\z")))
                .isEqualTo("user_pref(\"a.s\", \"x\\\"y\\\\z\");\n");
        assertThat(FirefoxProfile.userJs(Map.of("a.n", 0))).isEqualTo("user_pref(\"a.n\", 0);\n");
        assertThat(FirefoxProfile.userJs(Map.of("a.b", false))).isEqualTo("user_pref(\"a.b\", false);\n");
    }

    @Test
    void keepsFirefoxOffTheNetwork() {
        assertThat(FirefoxProfile.QUIET_PREFS).containsEntry("app.normandy.enabled", false)
                .containsEntry("messaging-system.rsexperimentloader.enabled", false)
                .containsEntry("services.settings.server", "").containsEntry("network.trr.mode", 5);
    }

    private static LaunchSpec spec(List<String> hosts, CookieMode cookies) {
        return new LaunchSpec(Path.of("/usr/bin/firefox-esr"), hosts, cookies, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Path.of("/tmp"));
    }
}
