package dev.corstck.harness.session;

import dev.corstck.harness.BatchMode;
import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.Observation;
import dev.corstck.harness.PageOrigin;
import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.page.PagePaths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Run a batch of calls in one engine: check reachability, open a fresh session (one per batch, or one per call when
 * isolated), load the page, run the glue, attribute the engine's events, and turn every failure into ERROR
 * observations, restarting a browser that crashed or hung.
 */
final class BatchRunner {

    private final HarnessOptions options;

    BatchRunner(HarnessOptions options) {
        this.options = options;
    }

    /** Run {@code calls} from {@code page} (bound) in {@code slot}'s engine; observations in call order. */
    List<Observation> run(EngineSlot slot, Engine engine, PageOrigin page, List<FetchCall> calls, BatchMode mode) {
        Observation[] out = new Observation[calls.size()];
        List<Integer> runnable = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Optional<Reachability.Verdict> v = Reachability.check(engine, page, calls.get(i),
                    options.hostsToLoopback());
            if (v.isPresent()) {
                out[i] = notRun(slot, engine, page, calls.get(i), v.get());
            } else {
                runnable.add(i);
            }
        }
        if (mode == BatchMode.ISOLATED) {
            runnable.forEach(i -> out[i] = runChunk(slot, engine, page, List.of(calls.get(i)), false).get(0));
        } else if (!runnable.isEmpty()) {
            List<Observation> done = runChunk(slot, engine, page, runnable.stream().map(calls::get).toList(),
                    mode == BatchMode.PARALLEL_SHARED_CONTEXT);
            for (int k = 0; k < runnable.size(); k++) {
                out[runnable.get(k)] = done.get(k);
            }
        }
        return Arrays.asList(out);
    }

    private static Observation notRun(EngineSlot slot, Engine engine, PageOrigin page, FetchCall call,
            Reachability.Verdict v) {
        return v.skipped()
                ? Observation.skipped(call.id(), engine.browser(), slot.driverName(), page.serialize(), v.reason())
                : Observation.error(call.id(), engine.browser(), slot.driverName(), page.serialize(), v.reason(),
                        slot.unavailable());
    }

    private List<Observation> runChunk(EngineSlot slot, Engine engine, PageOrigin page, List<FetchCall> calls,
            boolean parallel) {
        EngineDriver driver;
        try {
            driver = slot.driver();
        } catch (EngineException | RuntimeException e) {
            return errors(slot, engine, page, calls, engine + " did not start: " + e.getMessage());
        }
        try (EngineSession session = driver.openSession()) {
            session.navigate(PagePaths.pageUrl(page), options.actionTimeout());
            session.drainEvents(); // the page load's own requests
            String json = session.evaluateAsync(GlueProtocol.expression(calls, parallel, options.fetchTimeout()),
                    evaluationTimeout(calls.size(), parallel));
            List<EngineEvent> events = session.drainEvents();
            return assemble(slot, engine, page, calls, GlueProtocol.parse(json, calls.size()), events);
        } catch (EngineException | RuntimeException e) {
            String reason = e.getMessage();
            if (!driver.isAlive()) {
                slot.discard();
                reason = "the browser crashed or hung and was restarted (" + reason + ")";
            }
            return errors(slot, engine, page, calls, reason);
        }
    }

    private Duration evaluationTimeout(int calls, boolean parallel) {
        Duration fetches = options.fetchTimeout().multipliedBy(parallel ? 1 : Math.min(calls, 30));
        return options.actionTimeout().plus(fetches);
    }

    private static List<Observation> assemble(EngineSlot slot, Engine engine, PageOrigin page, List<FetchCall> calls,
            GlueProtocol.Answer answer, List<EngineEvent> events) {
        List<String> methods = calls.stream().map(FetchCall::method).toList();
        List<CallCorrelator.CallEvents> seen = CallCorrelator.correlate(answer.results(), methods, events);
        String origin = answer.origin().isEmpty() ? page.serialize() : answer.origin();
        ObservationAssembler.Observer who = new ObservationAssembler.Observer(engine.browser(), slot.driverName(),
                origin, slot.unavailable());
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            out.add(ObservationAssembler.assemble(who, answer.results().get(i), seen.get(i)));
        }
        return out;
    }

    private static List<Observation> errors(EngineSlot slot, Engine engine, PageOrigin page, List<FetchCall> calls,
            String reason) {
        return calls.stream().map(c -> Observation.error(c.id(), engine.browser(), slot.driverName(),
                page.serialize(), reason, slot.unavailable())).toList();
    }
}
