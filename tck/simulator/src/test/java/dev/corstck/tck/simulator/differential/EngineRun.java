package dev.corstck.tck.simulator.differential;

import dev.corstck.fetch.origin.OpaqueOrigin;
import dev.corstck.fetch.origin.Origin;
import dev.corstck.harness.BatchMode;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.Observation;
import dev.corstck.harness.PageOrigin;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.tck.simulator.Action;
import dev.corstck.tck.simulator.replay.ScriptRule;
import dev.corstck.tck.simulator.replay.ScriptedServer;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Run the differential set in one engine against two {@link ScriptedServer}s. Every scenario gets its own path prefix
 * ({@code /s42}), so its URLs, cache entries and cookies are its own and the servers' journals are attributable by
 * path. Single-fetch scenarios carry no state another could see: they run many to a batch in one shared context
 * ({@link BatchMode#PARALLEL_SHARED_CONTEXT}), grouped by page (tuple or opaque origin). Sequences (preflight cache,
 * cookies, waits) run alone in a fresh context, in order ({@link BatchMode#SEQUENTIAL_SHARED_CONTEXT}).
 */
final class EngineRun {

    /** The pages scenarios run from, and the servers they talk to. */
    record Stage(BrowserHarness harness, PageOrigin page, PageOrigin opaquePage, ScriptedServer target,
            ScriptedServer other) {

        Map<String, String> hosts() {
            return DifferentialScenarios.hosts("app.localhost:" + page.port(), "api.localhost:" + target.port(),
                    "other.localhost:" + other.port());
        }

        String targetOrigin() {
            return "http://api.localhost:" + target.port();
        }

        String otherOrigin() {
            return "http://other.localhost:" + other.port();
        }
    }

    /** A scenario moved under its own path prefix. */
    private record Slot(String prefix, DifferentialScenario d) {
    }

    private final Stage stage;
    private final Engine engine;
    private final int batchSize;

    EngineRun(Stage stage, Engine engine, int batchSize) {
        this.stage = stage;
        this.engine = engine;
        this.batchSize = batchSize;
    }

    /** Run {@code scenarios} (canonical) and judge each against the simulator under this engine's profile. */
    List<Verdict> run(List<DifferentialScenario> scenarios) {
        List<Slot> tuple = new ArrayList<>();
        List<Slot> opaque = new ArrayList<>();
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Slot slot = new Slot("/s" + i, scenarios.get(i).rebind(stage.hosts()).underPath("/s" + i));
            if (slot.d().scenario().actions().size() > 1) {
                out.add(sequence(slot));
            } else if (slot.d().scenario().lastFetch().origin() instanceof OpaqueOrigin) {
                opaque.add(slot);
            } else {
                tuple.add(slot);
            }
        }
        for (int from = 0; from < tuple.size(); from += batchSize) {
            out.addAll(parallel(stage.page(), tuple.subList(from, Math.min(tuple.size(), from + batchSize))));
        }
        if (!opaque.isEmpty()) {
            out.addAll(parallel(stage.opaquePage(), opaque));
        }
        return out;
    }

    private List<Verdict> parallel(PageOrigin page, List<Slot> batch) {
        serve(batch.stream().map(Slot::d).toList(), ServerScript.empty());
        List<FetchCall> calls = batch.stream().map(s -> Calls.fetch(s.d().id(), s.d().scenario().lastFetch()))
                .toList();
        List<Observation> observed = stage.harness().run(engine, page, calls, BatchMode.PARALLEL_SHARED_CONTEXT);
        List<RawRequest> journal = journal();
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            String prefix = batch.get(i).prefix() + "/";
            List<RawRequest> own = journal.stream().filter(r -> r.target().startsWith(prefix)).toList();
            out.add(Judge.judge(engine, batch.get(i).d(), observed.get(i), own));
        }
        return out;
    }

    private Verdict sequence(Slot slot) {
        DifferentialScenario d = slot.d();
        String prefix = slot.prefix();
        List<FetchCall> calls = new ArrayList<>();
        ServerScript seeds = ServerScript.empty();
        List<Action> actions = d.scenario().actions();
        for (int k = 0; k < actions.size(); k++) {
            Action a = actions.get(k);
            String id = d.id() + "#" + k;
            if (a instanceof Action.Fetch f) {
                if (k == actions.size() - 1 && !(actions.get(k - 1) instanceof Action.Wait)) {
                    calls.add(Calls.pause(id + "-mark", stage.targetOrigin() + prefix, 0));
                }
                calls.add(Calls.fetch(id, f.request()));
            } else if (a instanceof Action.Wait w) {
                calls.add(Calls.pause(id, stage.targetOrigin() + prefix, w.duration().toMillis()));
            } else if (a instanceof Action.SeedCookie c) {
                calls.add(Calls.seed(id, stage.targetOrigin() + prefix));
                seeds = seeds.with(Calls.seedRule(prefix, c.setCookie()));
            }
        }
        serve(List.of(d), seeds);
        List<Observation> observed = stage.harness().run(engine, stage.page(), calls,
                BatchMode.SEQUENTIAL_SHARED_CONTEXT);
        List<RawRequest> journal = journal();
        int mark = 0;
        for (int i = 0; i < journal.size(); i++) {
            if (journal.get(i).path().endsWith(ScriptedServer.PAUSE)) {
                mark = i + 1;
            }
        }
        return Judge.judge(engine, d, observed.get(observed.size() - 1), journal.subList(mark, journal.size()));
    }

    private void serve(List<DifferentialScenario> batch, ServerScript extraForTarget) {
        List<ScriptRule> target = new ArrayList<>(extraForTarget.rules());
        List<ScriptRule> other = new ArrayList<>();
        for (DifferentialScenario d : batch) {
            target.addAll(d.servers().getOrDefault(stage.targetOrigin(), ServerScript.empty()).rules());
            other.addAll(d.servers().getOrDefault(stage.otherOrigin(), ServerScript.empty()).rules());
        }
        stage.target().script(new ServerScript(target));
        stage.other().script(new ServerScript(other));
        stage.target().clearJournal();
        stage.other().clearJournal();
    }

    private List<RawRequest> journal() {
        List<RawRequest> all = new ArrayList<>(stage.target().journal());
        all.addAll(stage.other().journal());
        return all;
    }
}
