package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.policy.GradingPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One grading check and the rules it declares it decides, registered in {@link GradingChecks}. The kinds differ in
 * what the check sees: one scenario's wire results, all of them, probes of its own, or a browser's observation.
 */
sealed interface Check permits Check.Runner, Check.PerScenario, Check.AcrossScenarios, Check.Probe, Check.PerBrowser {

    /** The class that judges. */
    Class<?> type();

    /** The rules it may judge; judging any other is a kit bug. */
    Set<Rule> decides();

    /** The class's simple name, as {@code rules --format json} shows it in {@code checkedBy}. */
    default String name() {
        return type().getSimpleName();
    }

    /** Grades one scenario's wire results, with the declared policy when there is one. */
    @FunctionalInterface
    interface OnScenario {
        void check(ScenarioRun run, Optional<GradingPolicy> policy, Findings f);
    }

    /** Grades all scenarios' wire results together. */
    @FunctionalInterface
    interface OnRuns {
        void check(List<ScenarioRun> runs, Findings f);
    }

    /** Grades what its own probes to the target show. */
    @FunctionalInterface
    interface OnProbes {
        void check(List<ScenarioRun> runs, ProbeContext probes, Findings f);
    }

    /**
     * What a probing check may use. Grading hands a probe one endpoint's runs at a time; the one fact a probe needs
     * from the whole target travels here instead of the other endpoints' runs.
     *
     * @param target        the target, bounded by the run's deadline
     * @param targetOrigin  the target's origin
     * @param policy        the declared policy, empty when none is declared
     * @param allowedOrigin the page origin of the target's first {@code ALLOWED} scenario, in plan order, empty when
     *                      there is none: {@link TolerantAcrhProbe} probes every endpoint from this one origin
     */
    record ProbeContext(TargetResponder target, String targetOrigin, Optional<GradingPolicy> policy,
            Optional<String> allowedOrigin) {

        public ProbeContext {
            Objects.requireNonNull(allowedOrigin, "allowedOrigin must not be null");
        }

        /** The first {@code ALLOWED} scenario's page origin among {@code scenarios}, in their order. */
        static Optional<String> firstAllowed(List<dev.corstck.tck.generation.GeneratedScenario> scenarios) {
            return scenarios.stream().filter(s -> s.originClass() == dev.corstck.tck.generation.OriginClass.ALLOWED)
                    .map(s -> s.page().origin()).findFirst();
        }
    }

    /** When a probing check sends its probes. */
    enum Phase {
        /** At the end of the wire stage, on the wire stage's prober. */
        WIRE_STAGE,
        /** After the checks across scenarios, on a prober of their own, and only before the run's deadline. */
        FOLLOW_UP
    }

    /** The per-scenario runner itself: it reports the scenarios it could not grade. */
    record Runner(Class<?> type, Set<Rule> decides) implements Check {
        public Runner {
            decides = Set.copyOf(decides);
        }
    }

    /** A check of one scenario at a time. */
    record PerScenario(Class<?> type, OnScenario run, Set<Rule> decides) implements Check {
        public PerScenario {
            Objects.requireNonNull(run, "run must not be null");
            decides = Set.copyOf(decides);
        }
    }

    /** A check that compares scenarios with one another. */
    record AcrossScenarios(Class<?> type, OnRuns run, Set<Rule> decides) implements Check {
        public AcrossScenarios {
            Objects.requireNonNull(run, "run must not be null");
            decides = Set.copyOf(decides);
        }
    }

    /** A check that sends probes of its own. */
    record Probe(Class<?> type, Phase phase, OnProbes run, Set<Rule> decides) implements Check {
        public Probe {
            Objects.requireNonNull(phase, "phase must not be null");
            Objects.requireNonNull(run, "run must not be null");
            decides = Set.copyOf(decides);
        }
    }

    /** The check of a browser's observation against the simulator's prediction. */
    record PerBrowser(Class<?> type, Set<Rule> decides) implements Check {
        public PerBrowser {
            decides = Set.copyOf(decides);
        }
    }

    static PerScenario each(Class<?> type, OnScenario run, Set<Rule> decides) {
        return new PerScenario(type, run, decides);
    }

    static AcrossScenarios across(Class<?> type, OnRuns run, Set<Rule> decides) {
        return new AcrossScenarios(type, run, decides);
    }

    static Probe wireStage(Class<?> type, OnProbes run, Set<Rule> decides) {
        return new Probe(type, Phase.WIRE_STAGE, run, decides);
    }

    static Probe followUp(Class<?> type, OnProbes run, Set<Rule> decides) {
        return new Probe(type, Phase.FOLLOW_UP, run, decides);
    }
}
