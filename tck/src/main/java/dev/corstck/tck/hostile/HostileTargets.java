package dev.corstck.tck.hostile;

import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apiguardian.api.API;

/**
 * The command-line side of {@code tools/bench-hostile}: {@code serve BASE_PORT} starts one {@link HostileServer} per
 * behaviour on consecutive loopback ports (printing {@code NAME URL} lines) until killed; {@code check DIR} says
 * whether a report directory is valid after a run ({@code valid}, {@code absent}, or {@code INVALID: why}; exit 0,
 * 0, 1): {@code report.json} reads as a cors-tck report, {@code junit.xml} parses, no temporary file is left;
 * {@code confirmations DIR} counts a report's browser confirmations by verdict.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class HostileTargets {

    private HostileTargets() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("serve")) {
            serve(Integer.parseInt(args[1]));
        } else if (args.length == 2 && args[0].equals("check")) {
            String verdict = check(Path.of(args[1]));
            System.out.println(verdict);
            System.exit(verdict.startsWith("INVALID") ? 1 : 0);
        } else if (args.length == 2 && args[0].equals("confirmations")) {
            Report report = ReportJson.read(Path.of(args[1]).resolve("report.json"));
            java.util.Map<String, Long> byVerdict = report.targets().stream().flatMap(t -> t.findings().stream())
                    .filter(f -> f.ruleId().equals("kit.simulator-browser-agreement"))
                    .collect(java.util.stream.Collectors.groupingBy(f -> f.verdict().name(),
                            java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            System.out.println("browser confirmations: " + byVerdict);
        } else {
            System.err.println("usage: HostileTargets serve BASE_PORT | check REPORT_DIR | confirmations REPORT_DIR");
            System.exit(2);
        }
    }

    private static void serve(int basePort) throws IOException, InterruptedException {
        List<HostileServer> servers = new ArrayList<>();
        int port = basePort;
        for (HostileServer.Behaviour b : HostileServer.Behaviour.values()) {
            HostileServer s = new HostileServer(b, port++);
            servers.add(s);
            System.out.println(b.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " " + s.url());
        }
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Judge a report directory after a run, whatever stopped it. */
    public static String check(Path dir) {
        if (!Files.exists(dir)) {
            return "absent";
        }
        try {
            Report report = ReportJson.read(dir.resolve("report.json"));
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("junit.xml").toFile());
            if (!Files.isRegularFile(dir.resolve("index.html"))) {
                return "INVALID: no index.html";
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<String> temps = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
                if (!temps.isEmpty()) {
                    return "INVALID: temporary files left: " + temps;
                }
            }
            return "valid (" + report.findingCount() + " findings, " + (report.run().complete() ? "complete"
                    : "incomplete") + ")";
        } catch (Exception e) {
            return "INVALID: " + e.getMessage();
        }
    }
}
