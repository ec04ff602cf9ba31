package dev.corstck.harness.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to start an engine.
 *
 * @param executable the browser binary (e.g. {@code /usr/bin/chromium}); drivers may locate helpers beside it
 * @param hostsToLoopback host names the browser must resolve to 127.0.0.1 (e.g. {@code myapp.com}); {@code *.localhost}
 *     needs no entry
 * @param cookies {@link CookieMode#ALLOW_THIRD_PARTY} so credentialed cross-site scenarios can carry cookies, or
 *     {@link CookieMode#ENGINE_DEFAULT} to see what real users get
 * @param launchTimeout the longest a start may take before it counts as hung
 * @param actionTimeout the longest any single command (navigate, evaluate, new context) may take
 * @param workDir a fresh directory for profiles and logs; the driver deletes what it made there on close
 */
public record LaunchSpec(Path executable, List<String> hostsToLoopback, CookieMode cookies, Duration launchTimeout,
        Duration actionTimeout, Path workDir) {

    public LaunchSpec {
        hostsToLoopback = List.copyOf(hostsToLoopback);
    }

    /** Third-party cookie handling. */
    public enum CookieMode {
        /** Chromium pref {@code profile.cookie_controls_mode=0}; MiniBrowser {@code --cookies-policy=always}. */
        ALLOW_THIRD_PARTY,
        /** Keep the engine's default policy (Chromium and WebKit block, Firefox partitions). */
        ENGINE_DEFAULT
    }
}
