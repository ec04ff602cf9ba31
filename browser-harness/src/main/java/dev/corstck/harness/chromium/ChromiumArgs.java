package dev.corstck.harness.chromium;

import dev.corstck.harness.engine.LaunchSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The command-line switches every harness-launched Chromium gets, whichever driver starts it. */
final class ChromiumArgs {

    private ChromiumArgs() {}

    /** Return the switches for {@code spec} (without headless, debugging-port or user-data-dir switches). */
    static List<String> forSpec(LaunchSpec spec) {
        List<String> args = new ArrayList<>(List.of(
                "--no-sandbox", // the harness may run as root (CI containers); the netns is the isolation
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-default-apps", "--metrics-recording-only", "--no-default-browser-check",
                "--disable-breakpad", "--disable-hang-monitor", "--password-store=basic", "--use-mock-keychain",
                "--disable-dev-shm-usage", "--disable-field-trial-config", "--disable-renderer-backgrounding",
                "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
                "--ignore-certificate-errors", // the page server's certificate is self-signed
                // Keep http page origins on http (e.g. http://myapp.com), as Playwright's own launch does.
                "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,Translate,MediaRouter,"
                        + "OptimizationHints,DialMediaRouteProvider"));
        if (!spec.hostsToLoopback().isEmpty()) {
            args.add("--host-resolver-rules=" + spec.hostsToLoopback().stream()
                    .map(h -> "MAP " + h + " 127.0.0.1").collect(Collectors.joining(", ")));
        }
        return args;
    }
}
