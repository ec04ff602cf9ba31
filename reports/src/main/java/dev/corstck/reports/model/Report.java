package dev.corstck.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Hold a whole report: the run and one entry per target. This is the root of {@code report.json}.
 *
 * @param schemaVersion the JSON schema version, {@code MAJOR.MINOR}; readers accept any minor of their major
 * @param run           the run's metadata
 * @param targets       one entry per target, in the order graded; target names are unique
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@JsonIgnoreProperties(value = {"summary", "conformance"}, allowGetters = true)
public record Report(String schemaVersion, RunInfo run, List<TargetReport> targets) {

    /** The schema version this library writes: {@value}. */
    public static final String SCHEMA_VERSION = "2.0";

    public Report {
        Objects.requireNonNull(schemaVersion, "schemaVersion must not be null");
        Objects.requireNonNull(run, "run must not be null");
        targets = List.copyOf(targets);
        Set<String> seen = new HashSet<>();
        for (TargetReport target : targets) {
            if (!seen.add(target.target())) {
                throw new IllegalArgumentException("target '" + target.target() + "' appears twice in one report");
            }
        }
    }

    /** Build a report in the current schema version. */
    public static Report of(RunInfo run, List<TargetReport> targets) {
        return new Report(SCHEMA_VERSION, run, targets);
    }

    /** Return the counts over every target's findings. */
    @JsonProperty("summary")
    public Summary summary() {
        return Summary.combine(targets.stream().map(TargetReport::summary).toList());
    }

    /** Return the headline: the worst target's conformance; an incomplete run is never conformant. */
    @JsonProperty("conformance")
    public Conformance conformance() {
        Conformance overall = Conformance.of(summary(), run.complete());
        if (overall != Conformance.NON_CONFORMANT && targets.stream().anyMatch(t -> !t.complete())) {
            return Conformance.INCONCLUSIVE;
        }
        return overall;
    }

    /** Return the total number of findings. */
    public int findingCount() {
        return targets.stream().mapToInt(t -> t.findings().size()).sum();
    }
}
