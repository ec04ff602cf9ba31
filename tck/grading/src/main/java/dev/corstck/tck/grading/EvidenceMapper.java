package dev.corstck.tck.grading;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.reports.model.Body;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.ExchangeKind;
import dev.corstck.reports.model.ExplanationStep;
import dev.corstck.reports.model.Header;
import dev.corstck.reports.model.SpecLinks;
import dev.corstck.reports.model.WireRequest;
import dev.corstck.reports.model.WireResponse;
import dev.corstck.tck.simulator.Explanation;
import dev.corstck.tck.simulator.Prediction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turn the simulator's exchanges and explanations into the report model's evidence. */
final class EvidenceMapper {

    /**
     * The report exchanges of the scenarios graded last, shared by all the findings of one scenario (a dozen or more
     * rules each): one copy in memory instead of one per finding, so a grade's heap grows with its scenarios, not
     * with its findings times their evidence. Keyed by identity; bounded.
     */
    private static final Map<Key, List<Exchange>> RECENT = new LinkedHashMap<>(512, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<Exchange>> eldest) {
            return size() > 256;
        }
    };

    /** The scenario-level evidence of the scenarios graded last, shared the same way. */
    private static final Map<Key, Evidence> RECENT_EVIDENCE = new LinkedHashMap<>(512, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Evidence> eldest) {
            return size() > 256;
        }
    };

    /**
     * A scenario run compared by identity, held weakly: the grader lets an endpoint's runs go once it is graded
     * (issue 16), and these caches, shared by every grading in the JVM, must not keep the last 256 of them alive.
     * An entry whose run is gone matches nothing and leaves by age.
     */
    private static final class Key {
        private final java.lang.ref.WeakReference<ScenarioRun> run;
        private final int hash;

        Key(ScenarioRun run) {
            this.run = new java.lang.ref.WeakReference<>(run);
            this.hash = System.identityHashCode(run);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k)) {
                return false;
            }
            ScenarioRun mine = run.get();
            return mine != null && k.run.get() == mine;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private EvidenceMapper() {
    }

    private static List<Exchange> exchanges(ScenarioRun run) {
        Key key = new Key(run);
        synchronized (RECENT) {
            List<Exchange> cached = RECENT.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<Exchange> built = List.copyOf(exchanges(run, run.exchanges()));
        synchronized (RECENT) {
            RECENT.put(key, built);
        }
        return built;
    }

    /** The evidence of a scenario: the target's exchanges and the spec simulator's explanation (one per scenario). */
    static Evidence of(ScenarioRun run) {
        Key key = new Key(run);
        synchronized (RECENT_EVIDENCE) {
            Evidence cached = RECENT_EVIDENCE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<ExplanationStep> steps = run.actualSpec().map(Prediction::explanation).map(EvidenceMapper::steps)
                .orElse(List.of());
        Evidence built = Evidence.of(exchanges(run), steps);
        synchronized (RECENT_EVIDENCE) {
            RECENT_EVIDENCE.put(key, built);
        }
        return built;
    }

    /** The evidence for an engine's prediction: the same exchanges with that engine's explanation. */
    static Evidence of(ScenarioRun run, Prediction prediction) {
        return Evidence.of(exchanges(run), steps(prediction.explanation()));
    }

    static List<ExplanationStep> steps(Explanation explanation) {
        return explanation.steps().stream()
                .map(s -> new ExplanationStep("[" + s.result() + "] " + s.check() + ": " + s.detail(),
                        SpecLinks.fetch(s.anchor())))
                .toList();
    }

    private static List<Exchange> exchanges(ScenarioRun run, List<dev.corstck.tck.simulator.Exchange> list) {
        List<Exchange> out = new ArrayList<>(list.size());
        boolean actualSeen = false;
        for (dev.corstck.tck.simulator.Exchange e : list) {
            ExchangeKind kind = e.kind() == dev.corstck.tck.simulator.ExchangeKind.PREFLIGHT ? ExchangeKind.PREFLIGHT
                    : actualSeen ? ExchangeKind.REDIRECT : ExchangeKind.ACTUAL;
            actualSeen |= kind != ExchangeKind.PREFLIGHT;
            WireRequest request = WireRequest.of(e.request().method(), absolute(e), headers(e.request().headers()),
                    Body.ofText(e.request().body()));
            Optional<WireResponse> response = e.response().map(r -> new WireResponse(r.status(), r.reasonPhrase(),
                    headers(r.headers()), Body.of(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            out.add(response.map(r -> Exchange.of(kind, request, r)).orElseGet(() -> Exchange.failed(kind, request,
                    run.failure().map(NoResponse::describe).orElse("no response"))));
        }
        return out;
    }

    /** The exchange's absolute URL: its origin and the request target actually sent. */
    private static String absolute(dev.corstck.tck.simulator.Exchange e) {
        return e.targetOrigin() + e.request().target();
    }

    static List<Header> headers(HeaderList list) {
        return list.fields().stream().map((HeaderField f) -> new Header(f.name(), f.value())).toList();
    }
}
