package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.tck.generation.GeneratedScenario;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Harness options for grading and the demo: the chosen engines, and every page and target host that is not a
 * loopback name mapped to loopback, so pages on {@code https://myapp.com} or a look-alike can be served here.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BrowserSessions {

    private BrowserSessions() {
    }

    /** Options that run {@code engines} locally and map every host {@code scenarios} need. */
    public static HarnessOptions forScenarios(List<BrowserEngine> engines, List<GeneratedScenario> scenarios) {
        return forScenarios(engines, BrowserDrivers.LOCAL, scenarios);
    }

    /** Options that run {@code engines} where {@code drivers} says and map every host {@code scenarios} need. */
    public static HarnessOptions forScenarios(List<BrowserEngine> engines, BrowserDrivers drivers,
            List<GeneratedScenario> scenarios) {
        return forUrls(engines, drivers, urls(scenarios));
    }

    /** Options that run {@code engines} locally and map the hosts of {@code urls} (page origins, targets). */
    public static HarnessOptions forUrls(List<BrowserEngine> engines, List<String> urls) {
        return forUrls(engines, BrowserDrivers.LOCAL, urls);
    }

    /** Options that run {@code engines} where {@code drivers} says and map the hosts of {@code urls}. */
    public static HarnessOptions forUrls(List<BrowserEngine> engines, BrowserDrivers drivers, List<String> urls) {
        return HarnessOptions.builder().engines(drivers.of(engines)).hostsToLoopback(List.copyOf(hostsOf(urls)))
                .build();
    }

    /** The hosts of page origins and targets that need a loopback mapping, sorted. */
    public static Set<String> hosts(List<GeneratedScenario> scenarios) {
        return hostsOf(urls(scenarios));
    }

    /** The page origins and URLs of the scenarios a browser can make. */
    private static List<String> urls(List<GeneratedScenario> scenarios) {
        return scenarios.stream().filter(s -> s.fetch().isPresent()).flatMap(s -> Stream.of(s.page().origin(),
                s.url())).toList();
    }

    private static Set<String> hostsOf(List<String> urls) {
        Set<String> hosts = new TreeSet<>();
        urls.forEach(u -> host(u).ifPresent(hosts::add));
        return hosts;
    }

    private static java.util.Optional<String> host(String url) {
        if (url.equals("null")) {
            return java.util.Optional.empty();
        }
        String host = URI.create(url).getHost();
        if (host == null) {
            return java.util.Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        boolean loopback = h.equals("localhost") || h.endsWith(".localhost") || h.equals("127.0.0.1")
                || h.startsWith("[");
        return loopback ? java.util.Optional.empty() : java.util.Optional.of(h);
    }
}
