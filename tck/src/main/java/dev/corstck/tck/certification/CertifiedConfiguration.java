package dev.corstck.tck.certification;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One row of {@code certification.json}: a configuration, what it expects and what each engine made of it. The
 * schema is documented in {@code certification/README.md}.
 *
 * @param name           {@code <implementation>/<configuration>}, unique in the matrix
 * @param implementation the folder's name
 * @param configuration  the configuration's ID
 * @param title          the implementation's title and the configuration's
 * @param ecosystem      where it comes from
 * @param version        the pinned versions
 * @param docs           where its CORS configuration is documented
 * @param expected       the verdict its folder expects
 * @param matched        whether every engine reached it
 * @param engines        per engine ID ({@code chromium}, ..., or {@code wire} without browsers), the result
 * @param report         its full report, relative to the matrix ({@code <name>/index.html})
 * @param seconds        how long it took, start to stop
 * @param certifiedAt    when it was certified, ISO-8601 UTC
 * @param problems       why it could not be graded (a build or start that failed); empty when it was
 * @param unexplained    FAIL and WARN rules the kit reported that its folder does not explain ({@code rule VERDICT})
 * @param missed         rules its folder explains as real behaviour that the kit did not report ({@code rule VERDICT}):
 *                       documented defects the kit failed to find
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@JsonPropertyOrder({"name", "implementation", "configuration", "title", "ecosystem", "version", "docs", "expected",
        "matched", "engines", "report", "seconds", "certifiedAt", "problems", "unexplained", "missed"})
public record CertifiedConfiguration(String name, String implementation, String configuration, String title,
                                     Ecosystem ecosystem, String version, String docs, MatrixVerdict expected,
                                     boolean matched, Map<String, EngineResult> engines, String report,
                                     double seconds, String certifiedAt, List<String> problems,
                                     List<String> unexplained, List<String> missed) {

    public CertifiedConfiguration {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(ecosystem, "ecosystem must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        engines = Collections.unmodifiableMap(new LinkedHashMap<>(engines));
        problems = List.copyOf(problems);
        unexplained = List.copyOf(unexplained);
        missed = List.copyOf(missed);
    }

    /** Answer whether some engine could not decide. */
    @JsonIgnore
    public boolean isInconclusive() {
        return engines.isEmpty() || engines.values().stream().anyMatch(e -> e.verdict() == MatrixVerdict.INCONCLUSIVE);
    }

    /** Return the engines whose verdict differs from the expected one, as {@code engine: verdict}. */
    public List<String> mismatches() {
        return engines.entrySet().stream().filter(e -> e.getValue().verdict() != expected)
                .map(e -> e.getKey() + ": " + e.getValue().verdict().id()).toList();
    }
}
