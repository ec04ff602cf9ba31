package dev.corstck.reports;

import dev.corstck.reports.model.Body;
import dev.corstck.reports.model.Disagreement;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.EngineInfo;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.ExchangeKind;
import dev.corstck.reports.model.ExplanationStep;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Header;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Observation;
import dev.corstck.reports.model.PreflightSeen;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.SpecLinks;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.model.WireRequest;
import dev.corstck.reports.model.WireResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Build realistic, deterministic reports for tests and the benchmark (rules, scenarios, evidence). */
public final class SampleReports {

    /** A header value an attacker controls, used to prove the renderers keep it inert. */
    public static final String SCRIPT_PAYLOAD = "<script>alert(1)</script>";

    public record Rule(String id, String title, Level level, String anchor) {
    }

    public static final List<Rule> RULES = List.of(
            new Rule("cors-check.acao.present", "Access-Control-Allow-Origin is present on a CORS response",
                    Level.MUST, "cors-check"),
            new Rule("cors-check.acao.single-value", "Access-Control-Allow-Origin holds exactly one value",
                    Level.MUST, "http-access-control-allow-origin"),
            new Rule("cors-check.acao.matches-origin", "Access-Control-Allow-Origin equals the request's Origin or *",
                    Level.MUST, "cors-check"),
            new Rule("cors-check.credentials.no-wildcard", "No * origin when credentials are included",
                    Level.MUST, "cors-check"),
            new Rule("cors-check.credentials.acac-true", "Access-Control-Allow-Credentials is exactly true",
                    Level.MUST, "http-access-control-allow-credentials"),
            new Rule("preflight.status.ok", "The preflight response has an ok status",
                    Level.MUST, "cors-preflight-fetch"),
            new Rule("preflight.acam.method-listed", "The requested method is listed in Access-Control-Allow-Methods",
                    Level.MUST, "cors-preflight-fetch"),
            new Rule("preflight.acah.headers-listed", "Every requested header is listed in Access-Control-Allow-Headers",
                    Level.MUST, "cors-preflight-fetch"),
            new Rule("preflight.acah.authorization-explicit", "Authorization is listed by name, not covered by *",
                    Level.MUST, "http-access-control-allow-headers"),
            new Rule("preflight.max-age.reasonable", "Access-Control-Max-Age stays within browser caps",
                    Level.SHOULD, "http-access-control-max-age"),
            new Rule("vary.origin", "Responses that depend on Origin say Vary: Origin",
                    Level.SHOULD, "cors-protocol-and-http-caches"),
            new Rule("expose.headers-listed", "Exposed headers are listed in Access-Control-Expose-Headers",
                    Level.MUST, "http-access-control-expose-headers"),
            new Rule("security.no-reflect-with-credentials", "Any origin is not reflected with credentials",
                    Level.SECURITY, "cors-protocol-and-credentials"),
            new Rule("security.null-origin-not-allowed", "The null origin is not allowed",
                    Level.SECURITY, "origin-header"),
            new Rule("policy.origin.allowed", "A policy origin gets access", Level.MUST, "cors-check"),
            new Rule("policy.origin.denied", "An origin outside the policy gets no access", Level.MUST, "cors-check"),
            new Rule("info.preflight-cache", "Preflight cache lifetime observed", Level.INFO,
                    "cors-preflight-cache"));

    public static final List<Engine> ENGINES = List.of(Engine.WIRE, Engine.SIMULATOR, Engine.CHROMIUM, Engine.FIREFOX,
            Engine.WEBKIT);

    private SampleReports() {
    }

    /** Return a complete report with one target and about {@code findings} findings. */
    public static Report report(int findings) {
        return Report.of(run(true), List.of(target("http://127.0.0.1:8080", "Reference server", findings, 7)));
    }

    /** Return a complete report comparing several targets, {@code findingsEach} findings each. */
    public static Report comparison(List<String> labels, int findingsEach) {
        List<TargetReport> targets = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            targets.add(target("http://127.0.0.1:" + (8081 + i), labels.get(i), findingsEach, 11 + i));
        }
        return Report.of(run(true), targets);
    }

    /**
     * Return a report whose every free-text field carries markup an attacker could put in a response, plus
     * control characters: the renderers must keep all of it inert and legal.
     */
    public static Report hostile(int findings) {
        TargetReport base = target("http://127.0.0.1:8080", "Evil <script>alert(3)</script> & co", findings, 5);
        Rule rule = new Rule("evil.rule", "Title <img src=x onerror=alert(2)>", Level.MUST, "cors-check");
        Finding evil = Finding.builder()
                .rule(rule.id(), rule.title(), rule.level(), "javascript:alert(4)")
                .scenario("evil-</script>-scenario", "scenario <b>bold</b> \u2028 line")
                .engine(Engine.CHROMIUM).verdict(Verdict.FAIL)
                .expectedActual("no <iframe>", "got \u0001\u001b[31m control chars and ]]> and </script><!--")
                .evidence(new Evidence(List.of(Exchange.of(ExchangeKind.ACTUAL,
                        WireRequest.of("GET", "http://127.0.0.1:8080/x?q=<script>", List.of(
                                new Header("Origin", "https://app.localhost"),
                                new Header("X-Evil", SCRIPT_PAYLOAD + "'$(touch /tmp/pwned)'\n")), Body.EMPTY),
                        new WireResponse(200, "OK", List.of(new Header("Access-Control-Allow-Origin", "*"),
                                new Header("X-Trace", SCRIPT_PAYLOAD)), Body.ofText("</script><script>alert(5)</script>")))),
                        java.util.Optional.of(new Observation("CORS_OK", "cors", 200,
                                List.of(new Header("x-trace", SCRIPT_PAYLOAD)), "",
                                List.of("console <svg onload=alert(6)>"), "", PreflightSeen.NOT_SENT, List.of())),
                        List.of(new ExplanationStep("step <b>x</b>", "javascript:alert(7)"))))
                .build();
        return Report.of(run(true), List.of(base.withFindings(List.of(evil))));
    }

    public static RunInfo run(boolean complete) {
        return new RunInfo("0.1.0-SNAPSHOT", Instant.parse("2026-11-27T10:15:30Z"),
                Instant.parse("2026-11-27T10:17:02Z"), List.of("cors-tck", "grade", "--policy", "policy.yaml"),
                List.of(new EngineInfo(Engine.WIRE, "", "raw HTTP/1.1 probes"),
                        new EngineInfo(Engine.SIMULATOR, "0.1.0-SNAPSHOT", "Fetch 586cd2a44c2a"),
                        new EngineInfo(Engine.CHROMIUM, "156.0.8078.108", "Playwright 1.62.0, headless"),
                        new EngineInfo(Engine.FIREFOX, "153.8.0esr", "WebDriver BiDi, headless"),
                        new EngineInfo(Engine.WEBKIT, "2.50.6", "WebKitWebDriver, MiniBrowser under Xvfb")),
                false, complete);
    }

    /** Return a target with {@code count} findings drawn deterministically from {@code seed}. */
    public static TargetReport target(String url, String label, int count, long seed) {
        Random random = new Random(seed);
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; findings.size() < count; i++) {
            Rule rule = RULES.get(i % RULES.size());
            Engine engine = ENGINES.get((i / RULES.size()) % ENGINES.size());
            int scenario = i / (RULES.size() * ENGINES.size());
            findings.add(finding(rule, engine, "s" + scenario, verdict(random, rule), url));
        }
        List<EngineAgreement> agreement = List.of(
                new EngineAgreement(Engine.CHROMIUM, 40, 40, List.of()),
                new EngineAgreement(Engine.FIREFOX, 40, 39, List.of(new Disagreement("s3", "CORS_OK",
                        "NETWORK_ERROR", "Firefox rejected Access-Control-Allow-Headers: * with Authorization"))),
                new EngineAgreement(Engine.WEBKIT, 40, 40, List.of()));
        return new TargetReport(url, label, "origin:\n  - https://app.localhost\nmethods: [GET, PUT]\n"
                + "allowedHeaders: [Authorization, Content-Type]\ncredentials: true\nmaxAge: 600\n",
                true, findings, agreement);
    }

    private static Verdict verdict(Random random, Rule rule) {
        if (rule.level() == Level.INFO) {
            return Verdict.INFO;
        }
        int roll = random.nextInt(100);
        return roll < 80 ? Verdict.PASS : roll < 90 ? Verdict.FAIL : roll < 94 ? Verdict.WARN
                : roll < 97 ? Verdict.SKIPPED : Verdict.ERROR;
    }

    /** Return one finding with full evidence: preflight, actual request, observation and explanation. */
    public static Finding finding(Rule rule, Engine engine, String scenarioId, Verdict verdict, String url) {
        var builder = Finding.builder()
                .rule(rule.id(), rule.title(), rule.level(), SpecLinks.fetch(rule.anchor()))
                .scenario(scenarioId, "PUT " + url + "/api/items/" + scenarioId
                        + " with Authorization from https://app.localhost")
                .engine(engine).verdict(verdict)
                .expectedActual("Access-Control-Allow-Origin: https://app.localhost",
                        verdict == Verdict.FAIL ? "Access-Control-Allow-Origin absent" : "as expected")
                .evidence(evidence(engine, url, scenarioId));
        if (verdict == Verdict.SKIPPED) {
            builder.reason("webkit cannot map app.example to loopback");
        } else if (verdict == Verdict.ERROR) {
            builder.reason("target unreachable: connection refused");
        }
        return builder.build();
    }

    public static Finding finding(Rule rule, Engine engine, String scenarioId, Verdict verdict) {
        return finding(rule, engine, scenarioId, verdict, "http://127.0.0.1:8080");
    }

    static Evidence evidence(Engine engine, String url, String scenarioId) {
        WireRequest preflight = WireRequest.of("OPTIONS", url + "/api/items/" + scenarioId, List.of(
                new Header("Host", url.substring("http://".length())), new Header("Origin", "https://app.localhost"),
                new Header("Access-Control-Request-Method", "PUT"),
                new Header("Access-Control-Request-Headers", "authorization,content-type"),
                new Header("Accept", "*/*"), new Header("Sec-Fetch-Mode", "cors")), Body.EMPTY);
        WireResponse preflightResponse = new WireResponse(204, "No Content", List.of(
                new Header("Access-Control-Allow-Origin", "https://app.localhost"),
                new Header("Access-Control-Allow-Methods", "GET, PUT"),
                new Header("Access-Control-Allow-Headers", "Authorization, Content-Type"),
                new Header("Vary", "Origin"), new Header("Vary", "Access-Control-Request-Method")), Body.EMPTY);
        WireRequest actual = WireRequest.of("PUT", url + "/api/items/" + scenarioId, List.of(
                new Header("Host", url.substring("http://".length())), new Header("Origin", "https://app.localhost"),
                new Header("Authorization", "Bearer t0k3n"), new Header("Content-Type", "application/json")),
                Body.ofText("{\"name\":\"it's\"}"));
        WireResponse actualResponse = new WireResponse(200, "OK", List.of(
                new Header("Content-Type", "application/json"), new Header("X-Trace", SCRIPT_PAYLOAD)),
                Body.ofText("{\"ok\":true}"));
        Evidence evidence = Evidence.of(List.of(Exchange.of(ExchangeKind.PREFLIGHT, preflight, preflightResponse),
                Exchange.of(ExchangeKind.ACTUAL, actual, actualResponse)), List.of(
                ExplanationStep.fetch("The request is not CORS-safelisted (PUT, Authorization), so a CORS-preflight "
                        + "request is made", "cors-preflight-fetch"),
                ExplanationStep.fetch("The preflight response passes the CORS check", "cors-check"),
                ExplanationStep.fetch("PUT is listed in Access-Control-Allow-Methods", "cors-preflight-fetch"),
                ExplanationStep.fetch("The actual response lacks Access-Control-Allow-Origin: the CORS check fails "
                        + "and fetch() rejects with a TypeError", "cors-check")));
        return engine.isBrowser() ? evidence.withObservation(observation(engine)) : evidence;
    }

    static Observation observation(Engine engine) {
        return switch (engine) {
            case FIREFOX -> new Observation("NETWORK_ERROR", "", 0, List.of(),
                    "TypeError: NetworkError when attempting to fetch resource.",
                    List.of("Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote "
                            + "resource at http://127.0.0.1:8080/api/items. (Reason: CORS header "
                            + "‘Access-Control-Allow-Origin’ missing). Status code: 200."),
                    "", PreflightSeen.SENT, List.of());
            case WEBKIT -> new Observation("NETWORK_ERROR", "", 0, List.of(), "TypeError: Load failed", List.of(),
                    "", PreflightSeen.NOT_OBSERVED, List.of("console messages (WebKitWebDriver has no log endpoint)",
                    "structured CORS reason"));
            default -> new Observation("NETWORK_ERROR", "", 0, List.of(), "TypeError: Failed to fetch",
                    List.of("Access to fetch at 'http://127.0.0.1:8080/api/items' from origin "
                            + "'https://app.localhost' has been blocked by CORS policy: No "
                            + "'Access-Control-Allow-Origin' header is present on the requested resource.",
                            "Failed to load resource: net::ERR_FAILED"),
                    "MissingAllowOriginHeader", PreflightSeen.SENT, List.of());
        };
    }
}
