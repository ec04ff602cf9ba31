package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.BatchMode;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessException;
import dev.corstck.harness.Observation;
import dev.corstck.harness.PageOrigin;
import dev.corstck.tck.generation.OriginClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Run the scenarios real browsers can make in each chosen engine: one page (one fresh context) per page origin, its
 * calls in parallel. Scenario URLs are unique, so the shared context's preflight cache never carries one call's
 * answer to another (the cache is keyed by URL, see fetch#concept-cache). A page origin that cannot be served or
 * reached comes back as SKIPPED or ERROR observations with the reason.
 */
final class BrowserStage {

    private final BrowserHarness harness;
    private final GradingListener listener;

    BrowserStage(BrowserHarness harness, GradingListener listener) {
        this.harness = harness;
        this.listener = listener;
    }

    /**
     * The scenarios browsers confirm: a fetch exists, the page is not the target itself, and (in the {@code KEY}
     * scope) the origin is allowed, a twin, a fixed probe, or a look-alike the target let in on the wire.
     */
    static List<ScenarioRun> confirmable(List<ScenarioRun> runs, BrowserScope scope) {
        List<ScenarioRun> key = runs.stream().filter(r -> mayConfirm(r, scope)).toList();
        // One port serves pages in one scheme: the other scheme's twin on that port (https://localhost:3000 beside
        // an allowed http://localhost:3000) cannot be served in the same harness, so it stays a wire verdict.
        java.util.Map<Integer, String> schemeOfPort = new java.util.HashMap<>();
        key.stream().filter(r -> r.scenario().originClass() != OriginClass.SCHEME_UPGRADE
                && r.scenario().originClass() != OriginClass.SCHEME_DOWNGRADE).forEach(r -> page(r)
                .ifPresent(p -> schemeOfPort.putIfAbsent(p.port(), p.scheme())));
        return key.stream().filter(r -> page(r).map(p -> schemeOfPort.getOrDefault(p.port(), p.scheme())
                .equals(p.scheme())).orElse(true)).toList();
    }

    /**
     * Answer whether {@code run} may be confirmed, on its own: {@link #confirmable} keeps, of the runs this accepts,
     * those whose page can be served beside the others. Grading keeps only these runs for the browser stage, so
     * {@code confirmable(kept)} is {@code confirmable(all)}: the second filter reads the accepted runs only.
     */
    static boolean mayConfirm(ScenarioRun r, BrowserScope scope) {
        return r.failure().isEmpty() && r.scenario().fetch().isPresent()
                && r.scenario().originClass() != OriginClass.SAME_ORIGIN && (scope == BrowserScope.ALL || isKey(r));
    }

    private static java.util.Optional<dev.corstck.fetch.origin.TupleOrigin> page(ScenarioRun r) {
        return r.scenario().fetch().map(f -> f.origin()).filter(dev.corstck.fetch.origin.TupleOrigin.class::isInstance)
                .map(dev.corstck.fetch.origin.TupleOrigin.class::cast);
    }

    private static boolean isKey(ScenarioRun r) {
        return switch (r.scenario().originClass()) {
            case ALLOWED, LOOPBACK_TWIN, ARBITRARY, NULL -> true;
            default -> r.exchanges().stream().flatMap(e -> e.response().stream())
                    .anyMatch(resp -> Grants.grants(resp, r.origin()));
        };
    }

    /**
     * Observe every confirmable run in {@code engine}; the map is keyed by scenario ID. Pages run side by side in as
     * many sessions as the engine offers (one page per session at a time, see {@link BrowserHarness#sessionsAtOnce}):
     * lanes of the local Chromium, free Chrome slots of a Selenium Grid; one after another in every other engine.
     */
    Map<String, Observation> observe(BrowserEngine engine, List<ScenarioRun> runs) {
        Map<String, List<FetchCall>> byPage = new LinkedHashMap<>();
        runs.forEach(r -> byPage.computeIfAbsent(r.origin(), k -> new ArrayList<>())
                .add(BrowserCalls.call(r.scenario(), r.scenario().fetch().get())));
        Engine harnessEngine = BrowserDrivers.in(harness, engine);
        int sessions = byPage.size() < 2 ? 1 : Math.min(byPage.size(), harness.sessionsAtOnce(harnessEngine));
        Map<String, Observation> out = new LinkedHashMap<>();
        int[] done = {0};
        java.util.function.BiConsumer<String, List<Observation>> record = (page, seen) -> {
            synchronized (out) {
                seen.forEach(o -> out.put(o.callId(), o));
                done[0] += seen.size();
                listener.progress(engine.id(), done[0], runs.size());
            }
        };
        if (sessions == 1) {
            byPage.forEach((page, calls) -> record.accept(page, runPage(engine, harnessEngine, page, calls)));
        } else {
            PageLanes.run(harnessEngine, sessions, byPage, (lane, page, calls) -> runPage(engine, lane, page, calls),
                    record);
        }
        return out;
    }

    private List<Observation> runPage(BrowserEngine engine, Engine harnessEngine, String origin,
            List<FetchCall> calls) {
        String browser = engine.id();
        if (RunStop.isCut()) { // the run was cut short: its report is written; no browser is started for nothing
            return calls.stream().map(c -> Observation.skipped(c.id(), browser, "", origin,
                    "the run was cut short")).toList();
        }
        PageOrigin page;
        try {
            page = harness.bind(PageOrigin.parse(origin));
        } catch (HarnessException | IllegalArgumentException e) {
            // ERROR, not SKIPPED: a confirmation that was asked for and could not run leaves the run inconclusive.
            return calls.stream().map(c -> Observation.error(c.id(), browser, "", origin,
                    "the page origin " + origin + " cannot be served here: " + e.getMessage(), java.util.Set.of()))
                    .toList();
        }
        Optional<String> unmapped = unmappedHost(page);
        if (unmapped.isPresent()) {
            return calls.stream().map(c -> Observation.skipped(c.id(), browser, "", origin, unmapped.get())).toList();
        }
        try {
            return harness.run(harnessEngine, page, calls, BatchMode.PARALLEL_SHARED_CONTEXT);
        } catch (HarnessException | IllegalStateException e) {
            return calls.stream().map(c -> Observation.error(c.id(), browser, "", origin, e.getMessage(),
                    java.util.Set.of())).toList();
        }
    }

    /** A host no engine resolves to loopback unless the harness maps it: skip it rather than leave the machine. */
    private Optional<String> unmappedHost(PageOrigin page) {
        String host = page.host();
        boolean loopback = host.equals("localhost") || host.endsWith(".localhost") || host.equals("127.0.0.1")
                || host.equals("[::1]");
        boolean mapped = harness.options().hostsToLoopback().stream().anyMatch(h -> h.equalsIgnoreCase(host));
        return loopback || mapped ? Optional.empty() : Optional.of("the page origin's host '" + host
                + "' is not mapped to loopback in this browser session (HarnessOptions.hostsToLoopback)");
    }
}
