package dev.corstck.tck.grading;

import dev.corstck.harness.Engine;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.tck.generation.GeneratedScenario;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Harness options for grading: the chosen engines, and every page and target host that is not a loopback name
 * mapped to loopback, so pages on {@code https://myapp.com} or a look-alike can be served here.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BrowserSessions {

    private BrowserSessions() {
    }

    /** Options that run {@code engines} and map every host {@code scenarios} need. */
    public static HarnessOptions forScenarios(List<BrowserEngine> engines, List<GeneratedScenario> scenarios) {
        return HarnessOptions.builder().engines(engines.stream().map(BrowserStage::harnessEngine).toList())
                .hostsToLoopback(List.copyOf(hosts(scenarios))).build();
    }

    static HarnessOptions options(List<BrowserEngine> engines, List<ScenarioRun> runs) {
        return forScenarios(engines, runs.stream().map(ScenarioRun::scenario).toList());
    }

    /** The hosts of page origins and targets that need a loopback mapping, sorted. */
    public static Set<String> hosts(List<GeneratedScenario> scenarios) {
        Set<String> hosts = new TreeSet<>();
        for (GeneratedScenario s : scenarios) {
            if (s.fetch().isEmpty()) {
                continue;
            }
            host(s.page().origin()).ifPresent(hosts::add);
            host(s.url()).ifPresent(hosts::add);
        }
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

    /** Keep the harness engine type visible to readers of this class's signatures. */
    static Engine engine(BrowserEngine engine) {
        return BrowserStage.harnessEngine(engine);
    }
}
