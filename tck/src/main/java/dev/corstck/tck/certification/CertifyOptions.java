package dev.corstck.tck.certification;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.tck.grading.BrowserDrivers;
import dev.corstck.tck.grading.BrowserList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How to run a certification. Defaults are stated on the constants.
 *
 * @param certificationDir the folder holding one folder per implementation ({@code certification/})
 * @param reportDir        where {@code certification.json}, {@code index.html} and each full report go
 * @param engines          the browsers; empty for wire probes and the simulator only
 * @param healthTimeout    how long a started server may take to answer {@code GET /health}
 * @param buildTimeout     how long a stale {@code build} may take
 * @param runTimeout       how long one configuration's grade may take
 * @param jvmDir           where JDKs are looked for
 * @param commandLine      the command that runs this, as recorded in the reports
 * @param drivers          where each browser runs (a {@code grid:}, {@code cdp:} or {@code ws:} endpoint, else local)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CertifyOptions(Path certificationDir, Path reportDir, List<BrowserEngine> engines,
                             Duration healthTimeout, Duration buildTimeout, Duration runTimeout, Path jvmDir,
                             List<String> commandLine, BrowserDrivers drivers) {

    /** Default wait for {@code /health}: JVM servers take a while on a loaded two-core machine. */
    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(90);
    /** Default limit of one {@code build}. */
    public static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);
    /** Default limit of one configuration's grade. */
    public static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);

    public CertifyOptions {
        Objects.requireNonNull(certificationDir, "certificationDir must not be null");
        Objects.requireNonNull(reportDir, "reportDir must not be null");
        engines = List.copyOf(engines);
        Objects.requireNonNull(healthTimeout, "healthTimeout must not be null");
        Objects.requireNonNull(buildTimeout, "buildTimeout must not be null");
        Objects.requireNonNull(runTimeout, "runTimeout must not be null");
        Objects.requireNonNull(jvmDir, "jvmDir must not be null");
        commandLine = List.copyOf(commandLine);
        Objects.requireNonNull(drivers, "drivers must not be null");
    }

    /** Options with the defaults for everything but the folders, engines and command line. */
    public static CertifyOptions of(Path certificationDir, Path reportDir, List<BrowserEngine> engines,
            List<String> commandLine) {
        return new CertifyOptions(certificationDir, reportDir, engines, HEALTH_TIMEOUT, BUILD_TIMEOUT, RUN_TIMEOUT,
                Jdks.JVM_DIR, commandLine, BrowserDrivers.LOCAL);
    }

    /** Return these options with another wait for {@code /health}. */
    public CertifyOptions withHealthTimeout(Duration value) {
        return new CertifyOptions(certificationDir, reportDir, engines, value, buildTimeout, runTimeout, jvmDir,
                commandLine, drivers);
    }

    /** Return these options with the browsers of a parsed {@code --browsers} value, each where the list says. */
    public CertifyOptions withBrowsers(BrowserList value) {
        return new CertifyOptions(certificationDir, reportDir, value.engines(), healthTimeout, buildTimeout,
                runTimeout, jvmDir, commandLine, value.drivers());
    }
}
