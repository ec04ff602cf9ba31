package dev.corstck.harness.session;

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
        if (isConnected(engine)) {
            return connectedCheck(page, call);
        }
        boolean webKit = isWebKit(engine);
        // A Grid's Chrome gets --host-resolver-rules in its options; WebKit, local or on a Grid, has no such setting.
        if (engine.endpoint().isPresent() && !webKit || isLoopbackName(page.host())) {
            return targetCheck(engine, call, mappedHosts);
        }
        if (webKit) {
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
        if (isWebKit(engine) && isMapped(host, mappedHosts) && !isLoopbackName(host)) {
            return Optional.of(new Verdict(true, WebKitDriver.HOST_MAPPING_UNSUPPORTED + "; target host '" + host
                    + "' is mapped for the other engines only"));
        }
        return Optional.empty();
    }

    private static boolean isWebKit(Engine engine) {
        return engine.kind() == Engine.Kind.WEBKIT || engine.kind() == Engine.Kind.WEBKIT_GRID;
    }

    /** Answer whether the harness connects to a Chromium it did not launch (CDP, a Playwright browser server). */
    private static boolean isConnected(Engine engine) {
        return engine.kind() == Engine.Kind.CDP_CONNECT || engine.kind() == Engine.Kind.PLAYWRIGHT_CONNECT;
    }

    /**
     * A browser the harness did not launch has no {@code --host-resolver-rules} from it: a page or target host that is
     * not a loopback name would be looked up in real DNS and leave the machine, so it is skipped.
     */
    private static Optional<Verdict> connectedCheck(PageOrigin page, FetchCall call) {
        String target = Optional.ofNullable(call.url().getHost()).orElse("").toLowerCase(Locale.ROOT);
        for (String host : List.of(page.host(), target)) {
            if (!host.isEmpty() && !isLoopbackName(host)) {
                return Optional.of(new Verdict(true, CONNECTED_HOST_MAPPING + "; host '" + host + "' is not one"));
            }
        }
        return Optional.empty();
    }

    /** Why a connected browser reaches loopback names only. */
    static final String CONNECTED_HOST_MAPPING = "the harness did not launch this browser (cdp:/ws: endpoint), so it "
            + "cannot map host names to loopback: only localhost, *.localhost, 127.0.0.1 and [::1] are reachable";

    /** Answer whether every engine resolves {@code host} to loopback without any mapping. */
    static boolean isLoopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
    }

    private static boolean isMapped(String host, List<String> mappedHosts) {
        return mappedHosts.stream().anyMatch(m -> m.equalsIgnoreCase(host));
    }
}
