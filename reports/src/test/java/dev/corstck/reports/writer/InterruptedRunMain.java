package dev.corstck.reports.writer;

import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Finding;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A stand-in for the kit, run as a child process: adds findings, says "ready", then waits to be interrupted. */
public final class InterruptedRunMain {

    private InterruptedRunMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Finding> findings = SampleReports.report(count).targets().get(0).findings();
        IncrementalReportWriter writer = IncrementalReportWriter.open(dir, SampleReports.run(false),
                ReportWriter.allFormats(), Duration.ofHours(1), Clock.systemUTC()).installShutdownHook();
        writer.startTarget("http://127.0.0.1:8080", "Reference server", "origin: '*'");
        writer.addFindings("http://127.0.0.1:8080", findings);
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
        System.exit(4); // never reached when the test interrupts the run
    }
}
