package dev.corstck.tck.certification;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A finished certification run: the matrix and how long it took.
 *
 * @param document the matrix, as written to {@code certification.json}
 * @param elapsed  the run's wall time
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CertificationRun(CertificationDocument document, Duration elapsed) {

    /** Exit code: every configuration got its expected verdict in every engine. */
    public static final int AS_EXPECTED = 0;
    /** Exit code: some configuration got a decided verdict other than the expected one. */
    public static final int NOT_AS_EXPECTED = 1;
    /** Exit code: nothing decided differs, but the kit could not decide somewhere. */
    public static final int INCONCLUSIVE = 3;

    public CertificationRun {
        Objects.requireNonNull(document, "document must not be null");
        Objects.requireNonNull(elapsed, "elapsed must not be null");
    }

    /**
     * Return the exit code: 1 when some engine decided a verdict other than the expected one (a decided verdict wins
     * over an inconclusive one elsewhere, as a FAIL does in {@code grade}), 3 when some engine could not decide, 0
     * when every verdict is the expected one.
     */
    public int exitCode() {
        List<CertifiedConfiguration> rows = document.implementations();
        boolean decidedMismatch = rows.stream().anyMatch(r -> r.engines().values().stream()
                .anyMatch(e -> e.verdict() != MatrixVerdict.INCONCLUSIVE && e.verdict() != r.expected()));
        if (decidedMismatch) {
            return NOT_AS_EXPECTED;
        }
        return rows.stream().anyMatch(CertifiedConfiguration::isInconclusive) ? INCONCLUSIVE : AS_EXPECTED;
    }
}
