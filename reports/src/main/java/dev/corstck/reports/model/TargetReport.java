package dev.corstck.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Collect everything found about one target: its policy, findings and the simulator's agreement with browsers.
 *
 * <p>{@link #summary()} and {@link #conformance()} are derived from the findings (and written to JSON for readers
 * that do not recount), so they can never disagree with them.
 *
 * @param target    the target's base URL or name, unique within a report
 * @param label     a display name, e.g. "Express cors 2.8.5" (defaults to {@code target} when blank)
 * @param policy    the policy the target was graded against, summarised as text (YAML in the policy-file format)
 * @param complete  whether every planned scenario ran for this target
 * @param findings  the findings, in the order the kit produced them
 * @param agreement per browser engine, how often the simulator's prediction matched the browser
 * @param causes    the FAIL and WARN findings grouped by the misconfiguration behind them, worst first; empty when
 *                  the producer did not group them (readers then group by rule, see {@code RootCauses})
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@JsonIgnoreProperties(value = {"summary", "conformance"}, allowGetters = true)
public record TargetReport(String target, String label, String policy, boolean complete, List<Finding> findings,
                           List<EngineAgreement> agreement, List<RootCause> causes) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public TargetReport {
        Objects.requireNonNull(target, "target must not be null");
        if (target.isBlank()) {
            throw new IllegalArgumentException("target must not be blank");
        }
        label = label == null || label.isBlank() ? target : label;
        Objects.requireNonNull(policy, "policy must not be null");
        // A spool's findings are read from disk when iterated: copying them would hold them all.
        findings = findings instanceof CitedFindings ? findings : List.copyOf(findings);
        agreement = List.copyOf(agreement);
        causes = causes == null ? List.of() : List.copyOf(causes);
    }

    /** A target whose findings are not grouped into root causes. */
    public TargetReport(String target, String label, String policy, boolean complete, List<Finding> findings,
                        List<EngineAgreement> agreement) {
        this(target, label, policy, complete, findings, agreement, List.of());
    }

    /** Return a copy with {@code newCauses} as its root causes. */
    public TargetReport withCauses(List<RootCause> newCauses) {
        return new TargetReport(target, label, policy, complete, findings, agreement, newCauses);
    }

    /** Return the counts per verdict, level and engine. */
    @JsonProperty("summary")
    public Summary summary() {
        return findings instanceof CitedFindings cited ? cited.summary() : Summary.of(findings);
    }

    /** Return the findings numbered as the writers cite them (a spool's own numbering, else numbered now). */
    public CitedFindings citations() {
        return findings instanceof CitedFindings cited ? cited : CitedFindings.of(findings);
    }

    /**
     * Return this target with its findings numbered once, for several writers to read ({@link #citations()} of an
     * unnumbered target numbers them again at every call); the same target, equal to this one.
     */
    public TargetReport numbered() {
        return findings instanceof CitedFindings ? this
                : new TargetReport(target, label, policy, complete, MemoryCitations.of(findings), agreement, causes);
    }

    /**
     * Visit each finding's fields in order, without numbering what they cite (counts and matrices need no more): a
     * spooled finding comes without its exchanges and steps, as {@link CitedFinding#texts()} does.
     */
    public void forEachText(java.util.function.Consumer<Finding> each) {
        if (findings instanceof CitedFindings cited) {
            cited.forEachCited(f -> each.accept(f.texts()));
        } else {
            findings.forEach(each);
        }
    }

    /** Return the findings that are not PASS, in order (a spool holds these in memory). */
    public List<Finding> notPassing() {
        return findings instanceof CitedFindings cited ? cited.notPassing()
                : findings.stream().filter(f -> f.verdict() != Verdict.PASS).toList();
    }

    /** Return what the findings prove (an incomplete target is never conformant). */
    @JsonProperty("conformance")
    public Conformance conformance() {
        return Conformance.of(summary(), complete);
    }

    /** Return a copy with more findings appended (and no root causes: they would no longer cover every finding). */
    public TargetReport withFindings(List<Finding> more) {
        return new TargetReport(target, label, policy, complete,
                java.util.stream.Stream.concat(findings.stream(), more.stream()).toList(), agreement);
    }
}
