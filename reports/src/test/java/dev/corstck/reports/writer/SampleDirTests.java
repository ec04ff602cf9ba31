package dev.corstck.reports.writer;

import dev.corstck.reports.SampleReports;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleDirTests {
    @Test
    void writeSample() throws Exception {
        ReportWriter.allFormats().write(Path.of("target/sample"), SampleReports.report(300));
        ReportWriter.allFormats().write(Path.of("target/sample-compare"),
                SampleReports.comparison(List.of("Express cors", "Spring", "Jetty"), 200));
    }
}
