package dev.corstck.reports.text;

import dev.corstck.reports.model.Body;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.ExplanationStep;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Header;
import dev.corstck.reports.model.Observation;
import dev.corstck.reports.model.WireResponse;
import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Render a finding and its evidence as plain text, in the {@code > request} / {@code < response} style of
 * {@code curl -v}, for JUnit XML's {@code <system-out>} and terminal output.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EvidenceText {

    private EvidenceText() {
    }

    /** Return the finding's headline, expected vs actual, exchanges, observation, explanation and curl lines. */
    public static String render(Finding finding) {
        StringBuilder out = headline(finding);
        appendEvidence(out, finding.evidence());
        return out.toString();
    }

    /**
     * Return the finding's headline, expected vs actual, one line per exchange naming it by {@code cite} (its full
     * text is printed once elsewhere, by {@link #renderExchange}), observation and explanation.
     */
    public static String render(Finding finding, Function<Exchange, String> cite) {
        return render(finding, finding.evidence().exchanges().stream().map(cite).toList());
    }

    /**
     * Return the finding's headline, expected vs actual, one line per exchange naming it by the {@code ids} given in
     * the order of its evidence's exchanges, observation and explanation.
     */
    public static String render(Finding finding, List<String> ids) {
        StringBuilder out = headline(finding);
        Evidence evidence = finding.evidence();
        if (!evidence.exchanges().isEmpty()) {
            out.append("\n--- Exchanges ---\n");
            for (int i = 0; i < evidence.exchanges().size(); i++) {
                out.append(ids.get(i)).append(' ').append(oneLine(evidence.exchanges().get(i))).append('\n');
            }
        }
        evidence.observation().ifPresent(observation -> appendObservation(out, observation));
        appendExplanation(out, evidence);
        return out.toString();
    }

    /** Return a passing finding in three lines: verdict and actual, expected, and the exchanges it cites. */
    public static String renderPass(Finding finding, Function<Exchange, String> cite) {
        return renderPass(finding, finding.evidence().exchanges().stream().map(cite).toList());
    }

    /** As {@link #renderPass(Finding, Function)}, with the {@code ids} of the exchanges it cites, in order. */
    public static String renderPass(Finding finding, List<String> ids) {
        StringBuilder out = new StringBuilder(256).append("Verdict:  ").append(finding.verdict()).append('\n');
        line(out, "Expected: ", finding.expected());
        line(out, "Actual:   ", finding.actual());
        if (!ids.isEmpty()) {
            out.append("Exchanges:");
            ids.forEach(id -> out.append(' ').append(id));
            out.append('\n');
        }
        return out.toString();
    }

    /** Return one exchange in full, headed by {@code id}: request, response and the curl command that repeats it. */
    public static String renderExchange(String id, Exchange exchange) {
        StringBuilder out = new StringBuilder(1024);
        appendExchange(out, exchange);
        out.append("Reproduce:\n").append(exchange.curl()).append('\n');
        return id + " " + out.substring(1);
    }

    /** Return the exchange as one line: kind, request line and status line (or why there is none). */
    private static String oneLine(Exchange exchange) {
        return exchange.kind() + " " + exchange.request().method() + " " + exchange.request().url() + " -> "
                + exchange.response().map(WireResponse::statusLine).orElse("no response: " + exchange.failure());
    }

    /** Return the finding's headline and expected vs actual only, without its evidence. */
    public static String renderSummary(Finding finding) {
        return headline(finding).toString();
    }

    private static StringBuilder headline(Finding finding) {
        StringBuilder out = new StringBuilder(1024);
        out.append("Rule:     ").append(finding.ruleId()).append(" (").append(finding.level()).append(") ")
                .append(finding.ruleTitle()).append('\n');
        line(out, "Spec:     ", finding.specUrl());
        out.append("Scenario: ").append(finding.scenarioId());
        if (!finding.scenarioTitle().isEmpty()) {
            out.append(" - ").append(finding.scenarioTitle());
        }
        out.append('\n').append("Engine:   ").append(finding.engine().id()).append('\n')
                .append("Verdict:  ").append(finding.verdict()).append('\n');
        line(out, "Reason:   ", finding.reason());
        line(out, "Expected: ", finding.expected());
        line(out, "Actual:   ", finding.actual());
        return out;
    }

    private static void appendEvidence(StringBuilder out, Evidence evidence) {
        for (Exchange exchange : evidence.exchanges()) {
            appendExchange(out, exchange);
        }
        evidence.observation().ifPresent(observation -> appendObservation(out, observation));
        appendExplanation(out, evidence);
        for (Exchange exchange : evidence.exchanges()) {
            out.append("\n--- Reproduce the ").append(exchange.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" request ---\n").append(exchange.curl()).append('\n');
        }
    }

    private static void appendExplanation(StringBuilder out, Evidence evidence) {
        if (!evidence.explanation().isEmpty()) {
            out.append("\n--- Why (simulator) ---\n");
            List<ExplanationStep> steps = evidence.explanation();
            for (int i = 0; i < steps.size(); i++) {
                out.append(i + 1).append(". ").append(steps.get(i).text());
                if (!steps.get(i).specUrl().isEmpty()) {
                    out.append("  [").append(steps.get(i).specUrl()).append(']');
                }
                out.append('\n');
            }
        }
    }

    private static void appendExchange(StringBuilder out, Exchange exchange) {
        out.append("\n--- ").append(exchange.kind()).append(" ---\n");
        out.append("> ").append(exchange.request().requestLine()).append('\n');
        headers(out, "> ", exchange.request().headers());
        body(out, exchange.request().body());
        if (exchange.response().isPresent()) {
            WireResponse response = exchange.response().get();
            out.append("< ").append(response.statusLine()).append('\n');
            headers(out, "< ", response.headers());
            body(out, response.body());
        } else {
            out.append("(no response: ").append(exchange.failure()).append(")\n");
        }
    }

    private static void appendObservation(StringBuilder out, Observation observation) {
        out.append("\n--- Browser observation ---\n");
        out.append("Outcome:  ").append(observation.outcome());
        if (!observation.responseType().isEmpty()) {
            out.append(" (type ").append(observation.responseType()).append(')');
        }
        out.append(", status ").append(observation.status()).append('\n');
        out.append("Preflight: ").append(observation.preflight()).append('\n');
        line(out, "JS error: ", observation.jsError());
        observation.visibleHeaders().forEach(h -> out.append("Visible:  ").append(h).append('\n'));
        observation.consoleMessages().forEach(m -> out.append("Console:  ").append(m).append('\n'));
        line(out, "CORS reason: ", observation.structuredReason());
        observation.notObserved().forEach(n -> out.append("Not observable: ").append(n).append('\n'));
    }

    private static void headers(StringBuilder out, String prefix, List<Header> headers) {
        headers.forEach(h -> out.append(prefix).append(h.name()).append(": ").append(h.value()).append('\n'));
        out.append(prefix.strip()).append('\n');
    }

    private static void body(StringBuilder out, Body body) {
        if (!body.excerpt().isEmpty()) {
            out.append(body.excerpt()).append('\n');
        }
        if (body.truncated()) {
            out.append("(body cut: ").append(body.totalBytes()).append(" bytes in all)\n");
        }
    }

    private static void line(StringBuilder out, String label, String value) {
        if (!value.isEmpty()) {
            out.append(label).append(value).append('\n');
        }
    }
}
