package dev.corstck.harness.internal;

import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.PageOrigin;
import dev.corstck.harness.webkit.WebKitDriver;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decide, before a call runs, whether the engine can reach its page origin and target at all. Host names other than
 * {@code localhost}, {@code *.localhost}, {@code 127.0.0.1} and {@code [::1]} reach the page server only if they are
 * mapped to loopback, which Chromium and Firefox do and WebKitGTK cannot.
 */
final class Reachability {

    private Reachability() {}

    /** A call the engine cannot run: skipped (the engine cannot) or an error (the options are incomplete). */
    record Verdict(boolean skipped, String reason) {}

    /** Return why {@code call} from {@code page} cannot run in {@code engine}, if it cannot. */
    static Optional<Verdict> check(Engine engine, PageOrigin page, FetchCall call, List<String> mappedHosts) {
        boolean remote = engine.endpoint().isPresent();
        if (remote || isLoopbackName(page.host())) {
            return targetCheck(engine, call, mappedHosts);
        }
        if (engine.kind() == Engine.Kind.WEBKIT) {
            return Optional.of(new Verdict(true, WebKitDriver.HOST_MAPPING_UNSUPPORTED + "; page origin host '"
                    + page.host() + "' is not one of them"));
        }
        if (!isMapped(page.host(), mappedHosts)) {
            return Optional.of(new Verdict(false, "page origin host '" + page.host() + "' does not resolve to "
                    + "loopback: add it to HarnessOptions.hostsToLoopback"));
        }
        return targetCheck(engine, call, mappedHosts);
    }

    private static Optional<Verdict> targetCheck(Engine engine, FetchCall call, List<String> mappedHosts) {
        String host = Optional.ofNullable(call.url().getHost()).orElse("").toLowerCase(Locale.ROOT);
        if (engine.kind() == Engine.Kind.WEBKIT && isMapped(host, mappedHosts) && !isLoopbackName(host)) {
            return Optional.of(new Verdict(true, WebKitDriver.HOST_MAPPING_UNSUPPORTED + "; target host '" + host
                    + "' is mapped for the other engines only"));
        }
        return Optional.empty();
    }

    /** Answer whether every engine resolves {@code host} to loopback without any mapping. */
    static boolean isLoopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
    }

    private static boolean isMapped(String host, List<String> mappedHosts) {
        return mappedHosts.stream().anyMatch(m -> m.equalsIgnoreCase(host));
    }
}
