package dev.corstck.harness.firefox;

import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.engine.LaunchSpec.CookieMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fresh, throw-away Firefox profile whose {@code user.js} keeps the browser quiet and off the network, maps the
 * launch spec's hosts to loopback and sets the cookie policy.
 */
final class FirefoxProfile {

    /** Prefs that stop update checks, telemetry, remote settings, experiments and speculative connections. */
    static final Map<String, Object> QUIET_PREFS = quietPrefs();

    private final Path dir;

    private FirefoxProfile(Path dir) {
        this.dir = dir;
    }

    /** Create a new profile directory under {@code spec.workDir()} with a {@code user.js} for {@code spec}. */
    static FirefoxProfile create(LaunchSpec spec) throws EngineException {
        try {
            Files.createDirectories(spec.workDir());
            Path dir = Files.createTempDirectory(spec.workDir(), "firefox-profile-");
            Files.writeString(dir.resolve("user.js"), userJs(prefs(spec)));
            return new FirefoxProfile(dir);
        } catch (IOException e) {
            throw new EngineException("cannot create a Firefox profile under " + spec.workDir() + ": " + e, e);
        }
    }

    Path dir() {
        return dir;
    }

    /** Delete the profile directory; never throws. */
    void delete() {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a profile left behind in the work dir is harmless.
        }
    }

    /** Return every pref the profile sets for {@code spec}, in {@code user.js} order. */
    static Map<String, Object> prefs(LaunchSpec spec) {
        Map<String, Object> prefs = new LinkedHashMap<>(QUIET_PREFS);
        if (!spec.hostsToLoopback().isEmpty()) {
            prefs.put("network.dns.localDomains", String.join(",", spec.hostsToLoopback()));
        }
        if (spec.cookies() == CookieMode.ALLOW_THIRD_PARTY) {
            // 0 = accept all cookies, unpartitioned; the default (5) is Total Cookie Protection.
            prefs.put("network.cookie.cookieBehavior", 0);
        }
        return prefs;
    }

    static String userJs(Map<String, Object> prefs) {
        StringBuilder js = new StringBuilder();
        prefs.forEach((name, value) -> js.append("user_pref(\"").append(name).append("\", ")
                .append(value instanceof String s ? '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : value)
                .append(");\n"));
        return js.toString();
    }

    private static Map<String, Object> quietPrefs() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("app.update.disabledForTesting", true);
        p.put("app.update.auto", false);
        p.put("app.normandy.enabled", false);
        p.put("app.normandy.api_url", "");
        p.put("messaging-system.rsexperimentloader.enabled", false);
        p.put("services.settings.server", "");
        p.put("datareporting.policy.dataSubmissionEnabled", false);
        p.put("datareporting.healthreport.uploadEnabled", false);
        p.put("toolkit.telemetry.server", "");
        p.put("network.captive-portal-service.enabled", false);
        p.put("network.connectivity-service.enabled", false);
        p.put("network.trr.mode", 5);
        p.put("network.dns.disablePrefetch", true);
        p.put("network.prefetch-next", false);
        p.put("network.http.speculative-parallel-limit", 0);
        p.put("dom.push.connection.enabled", false);
        p.put("browser.safebrowsing.update.enabled", false);
        p.put("browser.safebrowsing.malware.enabled", false);
        p.put("browser.safebrowsing.phishing.enabled", false);
        p.put("browser.safebrowsing.downloads.enabled", false);
        p.put("browser.safebrowsing.blockedURIs.enabled", false);
        p.put("extensions.update.enabled", false);
        p.put("extensions.getAddons.cache.enabled", false);
        p.put("extensions.blocklist.enabled", false);
        p.put("browser.search.update", false);
        p.put("browser.region.network.url", "");
        p.put("browser.region.update.enabled", false);
        p.put("media.gmp-manager.url", "");
        p.put("identity.fxaccounts.enabled", false);
        p.put("browser.shell.checkDefaultBrowser", false);
        p.put("browser.startup.page", 0);
        p.put("browser.startup.homepage_override.mstone", "ignore");
        p.put("browser.newtabpage.enabled", false);
        p.put("browser.aboutwelcome.enabled", false);
        p.put("browser.sessionstore.resume_from_crash", false);
        p.put("toolkit.startup.max_resumed_crashes", -1);
        return Collections.unmodifiableMap(p);
    }
}
