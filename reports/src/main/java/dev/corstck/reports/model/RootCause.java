package dev.corstck.reports.model;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Name one misconfiguration of a target and everything it breaks: the rules (one mistake usually breaks several:
 * reflecting any origin with credentials also lets every look-alike origin in), the endpoints it was seen on, and
 * how to fix it, show it and see it in a browser.
 *
 * @param id          the cause's stable ID: a catalog cause ({@code any-origin-with-credentials}), or the rule ID
 *                    when the rule stands alone
 * @param summary     what is wrong, in one sentence
 * @param verdict     FAIL when any of its findings fails, else WARN
 * @param ruleIds     the rules it breaks, the deciding one first
 * @param endpoints   the endpoints it was seen on, as absolute URLs without query
 * @param findings    how many findings it explains
 * @param scenarioIds the scenarios those findings came from
 * @param engines     who judged them ({@code wire}, {@code spec}, {@code chromium} …)
 * @param remedy      how to fix it, in the terms of the implementation the policy names; empty when none is known
 * @param console     what the browser's console says (the simulator's Chromium wording), or why it says nothing;
 *                    empty when unknown
 * @param curl        one {@code curl} command line that shows it; empty when no request was recorded
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record RootCause(String id, String summary, Verdict verdict, List<String> ruleIds, List<String> endpoints,
                        int findings, List<String> scenarioIds, List<String> engines, String remedy, String console,
                        String curl) {

    public RootCause {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        if (verdict != Verdict.FAIL && verdict != Verdict.WARN) {
            throw new IllegalArgumentException("a root cause is FAIL or WARN, not " + verdict);
        }
        ruleIds = List.copyOf(ruleIds);
        if (ruleIds.isEmpty()) {
            throw new IllegalArgumentException("root cause " + id + " breaks no rule");
        }
        endpoints = List.copyOf(endpoints);
        scenarioIds = List.copyOf(scenarioIds);
        engines = List.copyOf(engines);
        remedy = remedy == null ? "" : remedy;
        console = console == null ? "" : console;
        curl = curl == null ? "" : curl;
    }

    /** Answer whether {@code finding} is one this cause explains: one of its rules, on one of its scenarios. */
    public boolean explains(Finding finding) {
        return ruleIds.contains(finding.ruleId()) && scenarioIds.contains(finding.scenarioId());
    }

    /** One line: the verdict, what is wrong, and the rules and findings it accounts for. */
    public String headline() {
        return verdict + " " + strip(summary) + " [" + String.join(", ", ruleIds) + "; " + findings
                + (findings == 1 ? " finding" : " findings") + ", " + endpoints.size()
                + (endpoints.size() == 1 ? " endpoint" : " endpoints") + "]";
    }

    /** What is wrong and the fix, in one sentence (for a JUnit failure message or a SARIF result). */
    public String message() {
        return "root cause " + id + ": " + strip(summary) + (remedy.isBlank() ? "" : "; fix: " + strip(remedy)) + ".";
    }

    private static String strip(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
