package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Which harness engine runs each browser of one grading: the local one ({@link Engine#local}) unless
 * the browser list named a remote endpoint ({@code grid:URL}, {@code cdp:URL}, {@code ws:URL}). A value, carried by
 * the grading that parsed it: two gradings in one JVM never see each other's endpoints.
 *
 * @param remote the browsers that run on a remote endpoint, and that endpoint's harness engine
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BrowserDrivers(Map<BrowserEngine, Engine> remote) {

    /** Every browser local. */
    public static final BrowserDrivers LOCAL = new BrowserDrivers(Map.of());

    public BrowserDrivers {
        Objects.requireNonNull(remote, "remote must not be null");
        remote.forEach((browser, engine) -> {
            if (!engine.browser().equals(browser.id())) {
                throw new IllegalArgumentException(engine + " does not run " + browser.id());
            }
        });
        remote = remote.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(remote));
    }

    /** The harness engine that runs {@code browser} in this grading. */
    public Engine of(BrowserEngine browser) {
        return remote.getOrDefault(browser, dev.corstck.harness.Engine.local(browser));
    }

    /** The harness engines that run {@code browsers}, in order. */
    public List<Engine> of(List<BrowserEngine> browsers) {
        return browsers.stream().map(this::of).toList();
    }

    /**
     * The harness engine {@code harness} was made to run {@code browser} with: the one of its engines that is that
     * browser, else the local one. Lets a grading that shares a harness (certify, several targets) use the endpoint
     * the harness was created for.
     */
    public static Engine in(BrowserHarness harness, BrowserEngine browser) {
        return harness.options().engines().stream().filter(e -> e.browser().equals(browser.id())).findFirst()
                .orElse(dev.corstck.harness.Engine.local(browser));
    }
}
