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
            if (Files.size(dir.resolve("report.json")) > LARGE) {
                return checkLarge(dir);
            }
            Report report = ReportJson.read(dir.resolve("report.json"));
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("junit.xml").toFile());
            java.util.Optional<String> leftover = pageOrTemporaries(dir);
            if (leftover.isPresent()) {
                return leftover.get();
            }
            return "valid (" + report.findingCount() + " findings, " + (report.run().complete() ? "complete"
                    : "incomplete") + ")";
        } catch (Exception e) {
            return "INVALID: " + e.getMessage();
        }
    }

    /** A report.json past this size is checked as a stream: reading it whole takes several times its size in heap. */
    private static final long LARGE = 256L << 20;

    /**
     * Check a large report without holding it: report.json and junit.xml are parsed as streams (well-formed, and
     * report.json's findings counted and its run's completeness read), index.html exists, no temporary file is left.
     */
    private static String checkLarge(Path dir) throws Exception {
        long findings = 0;
        Boolean complete = null;
        var factory = new com.fasterxml.jackson.core.JsonFactory();
        try (var json = factory.createParser(dir.resolve("report.json").toFile())) {
            java.util.Deque<String> path = new java.util.ArrayDeque<>();
            String field = null;
            for (var token = json.nextToken(); token != null; token = json.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> field = json.currentName();
                    case START_OBJECT, START_ARRAY -> {
                        if ("findings".equals(path.peek()) && path.size() == 4 && token
                                == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                            findings++; // root > targets > [target] > findings > {finding}
                        }
                        path.push(field == null ? "" : field);
                        field = null;
                    }
                    case END_OBJECT, END_ARRAY -> path.pop();
                    case VALUE_TRUE, VALUE_FALSE -> {
                        if ("complete".equals(field) && "run".equals(path.peek()) && path.size() == 2) {
                            complete = token == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
                        }
                        field = null;
                    }
                    default -> field = null;
                }
            }
        }
        var xml = javax.xml.stream.XMLInputFactory.newFactory().createXMLStreamReader(
                Files.newInputStream(dir.resolve("junit.xml")));
        try {
            while (xml.hasNext()) {
                xml.next();
            }
        } finally {
            xml.close();
        }
        java.util.Optional<String> leftover = pageOrTemporaries(dir);
        if (leftover.isPresent()) {
            return leftover.get();
        }
        if (complete == null) {
            return "INVALID: report.json has no run.complete";
        }
        return "valid (" + findings + " findings, " + (complete ? "complete" : "incomplete") + "; checked as streams)";
    }

    /** Why a report directory is invalid beside its JSON and XML: no index.html, or temporary files left. */
    private static java.util.Optional<String> pageOrTemporaries(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            return java.util.Optional.of("INVALID: no index.html");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> temps = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
            return temps.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of("INVALID: temporary files left: " + temps);
        }
    }
}
