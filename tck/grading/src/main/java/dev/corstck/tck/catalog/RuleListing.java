package dev.corstck.tck.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Render rules for people and programs: an aligned text table, Markdown ({@code tck/RULES.md} is this output for
 * the whole catalog) and JSON.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleListing {

    /** The version of the JSON listing's shape; bumped on incompatible changes (2: {@code exercisedBy} a list). */
    public static final int JSON_SCHEMA_VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RuleListing() {
    }

    /** Render one line per rule: ID, level, Fetch anchor, title; columns aligned. */
    public static String text(List<Rule> rules) {
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(2);
        int refWidth = rules.stream().mapToInt(r -> r.spec().toString().length()).max().orElse(5);
        StringBuilder out = new StringBuilder();
        for (Rule r : rules) {
            out.append(String.format(Locale.ROOT, "%-" + idWidth + "s  %-8s  %-" + refWidth + "s  %s%n",
                    r.id(), r.level(), r.spec(), r.title()));
        }
        return out.toString();
    }

    /** Render the whole catalog as the Markdown document {@code tck/RULES.md}. */
    public static String markdown() {
        return markdown(RuleCatalog.all());
    }

    /** Render {@code rules} as Markdown, one table per rule group, followed by the unmapped labels. */
    public static String markdown(List<Rule> rules) {
        RuleLinks links = RuleLinks.installed();
        StringBuilder out = new StringBuilder();
        out.append("# cors-tck rules\n\n")
                .append("<!-- Generated from dev.corstck.tck.catalog.RuleCatalog: do not edit by hand. Regenerate with\n")
                .append("     ./cors-tck rules --format markdown > tck/RULES.md   (RuleListingTests fails when stale) -->\n\n")
                .append(summary(rules)).append(" ").append(gradingSummary(rules)).append("\n\n")
                .append("Every rule has a stable ID (select with `--rules 'preflight.*'`), a level (MUST fails, SHOULD ")
                .append("warns and fails only with `--strict`, SECURITY fails, INFO grades nothing), a Fetch anchor on ")
                .append("<").append(SpecRef.FETCH_URL).append(">, and the labels it implements ")
                .append("([SPEC-NOTES.md](SPEC-NOTES.md)). ")
                .append("*Decided by*: `WIRE` raw probes alone, `POLICY` probes against the declared or discovered ")
                .append("policy, `BROWSER` only in a browser or the simulator, `OPERATOR` facts only the operator knows. ")
                .append("*Graded by*: the check classes of `dev.corstck.tck.grading` that declare the rule in its ")
                .append("registry `GradingChecks` (linked to their source), or why no check does. *Tests*: the test ")
                .append("classes that exercise the rule: `RuleCoverageTests` where the main job's targets get it ")
                .append("decided, and the self-tests annotated `@Exercises` with its ID.\n");
        for (RuleGroup group : RuleCatalog.groups()) {
            List<Rule> shown = group.rules().stream().filter(rules::contains).toList();
            if (shown.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(group.title()).append(" (`").append(group.prefix()).append(".*`), ")
                    .append("[").append(group.spec().section()).append("](").append(group.spec().url()).append(")\n\n")
                    .append("| ID | Level | Fetch | Requirement | Why | Requests | Decided by | Graded by | Tests | Labels |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|\n");
            shown.forEach(r -> out.append(markdownRow(r, links)));
        }
        List<Rule> notGraded = rules.stream().filter(r -> !r.grading().isGraded()).toList();
        if (!notGraded.isEmpty()) {
            out.append("\n## Rules not graded\n\nNo check decides these; each says why. None is MUST or SECURITY.\n\n")
                    .append("| ID | Level | Decided by | Why not graded |\n|---|---|---|---|\n");
            notGraded.forEach(r -> out.append("| `").append(r.id()).append("` | ").append(r.level()).append(" | ")
                    .append(r.detection()).append(" | ").append(cell(notGradedBecause(r.grading()))).append(" |\n"));
        }
        out.append(causes());
        out.append("\n## Labels deliberately not mapped\n\n| Label | Reason |\n|---|---|\n");
        RuleCatalog.unmappedLabels().forEach((label, reason) ->
                out.append("| ").append(label).append(" | ").append(cell(reason)).append(" |\n"));
        return out.toString();
    }

    /** Render {@code rules} as a JSON document: {@code schemaVersion} and {@code rules[]}. */
    public static String json(List<Rule> rules) {
        RuleLinks links = RuleLinks.installed();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", JSON_SCHEMA_VERSION);
        doc.put("rules", rules.stream().map(r -> jsonRule(r, links)).toList());
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render rules as JSON", e);
        }
    }

    /** Count the graded rules per level and the rules not graded: {@code 90 graded (36 MUST, ...), 7 not graded.}. */
    public static String gradingSummary(List<Rule> rules) {
        List<Rule> graded = rules.stream().filter(r -> r.grading().isGraded()).toList();
        List<String> parts = new ArrayList<>();
        for (Level level : Level.values()) {
            parts.add(graded.stream().filter(r -> r.level() == level).count() + " " + level);
        }
        return graded.size() + " graded (" + String.join(", ", parts) + "), " + (rules.size() - graded.size())
                + " not graded.";
    }

    /** Count rules per level: {@code 120 rules: 40 MUST, ...}. */
    public static String summary(List<Rule> rules) {
        List<String> parts = new ArrayList<>();
        for (Level level : Level.values()) {
            parts.add(rules.stream().filter(r -> r.level() == level).count() + " " + level);
        }
        return rules.size() + " rules: " + String.join(", ", parts) + ".";
    }

    /** The root causes: one misconfiguration, the rules it breaks, and the fix in the policy file's terms. */
    private static String causes() {
        StringBuilder out = new StringBuilder("\n## Root causes\n\nReports show one line per cause, not per rule "
                + "(`Cause`): a finding joins the first cause below that breaks its rule and whose own rules fail on "
                + "the same endpoint (the *same request* rules: only from a scenario where they fail); a finding no "
                + "cause takes is a cause of its own, named by its rule. The fix shown is the implementation's remedy "
                + "for the first remedy rule (`implementation:` in the policy), else the one below.\n\n"
                + "| Cause | What is wrong | Diagnosed by | Also breaks | Fix (express `cors`) |\n|---|---|---|---|---|\n");
        for (Cause c : Cause.values()) {
            List<String> also = new java.util.ArrayList<>(c.alsoBreaks().stream().map(id -> "`" + id + "`").toList());
            c.onSameRequest().forEach(id -> also.add("`" + id + "` (same request)"));
            out.append("| `").append(c.id()).append("` | ").append(cell(c.summary())).append(" | ")
                    .append(String.join(", ", c.diagnosedBy().stream().map(id -> "`" + id + "`").toList()))
                    .append(" | ").append(String.join(", ", also)).append(" | ").append(cell(c.remedy()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String markdownRow(Rule r, RuleLinks links) {
        return "| `" + r.id() + "` | " + r.level() + " | [" + r.spec() + "](" + r.spec().url() + ") | "
                + cell(r.title()) + " | " + cell(r.why()) + " | " + requests(r.credentials()) + " | "
                + r.detection() + " | " + cell(gradedBy(r, links)) + " | " + sourceLinks(links.tests(r)) + " | "
                + String.join(", ", r.labels()) + " |\n";
    }

    private static String gradedBy(Rule r, RuleLinks links) {
        return r.grading().isGraded() ? sourceLinks(links.checks(r)) : "not graded: " + notGradedBecause(r.grading());
    }

    private static String sourceLinks(List<RuleLinks.Source> sources) {
        return String.join(", ", sources.stream().map(s -> "[`" + s.name() + "`](" + s.path() + ")").toList());
    }

    private static String notGradedBecause(Grading grading) {
        return grading instanceof Grading.NotGraded n ? n.reason() : "undeclared";
    }

    private static String requests(CredentialsScope scope) {
        return switch (scope) {
            case ANY -> "all";
            case WITH_CREDENTIALS -> "with credentials";
            case WITHOUT_CREDENTIALS -> "without credentials";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static Map<String, Object> jsonRule(Rule r, RuleLinks links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("level", r.level().name());
        m.put("anchor", "fetch#" + r.spec().anchor());
        m.put("url", r.spec().url());
        m.put("section", r.spec().section());
        m.put("step", r.spec().step());
        m.put("title", r.title());
        m.put("why", r.why());
        m.put("labels", r.labels());
        m.put("detection", r.detection().name());
        m.put("credentials", r.credentials().name());
        m.put("graded", r.grading().isGraded());
        if (r.grading().isGraded()) {
            List<String> checks = links.checks(r).stream().map(RuleLinks.Source::name).toList();
            m.put("checkedBy", checks.isEmpty() ? "" : checks.get(0));
            if (checks.size() > 1) {
                m.put("alsoCheckedBy", checks.subList(1, checks.size()));
            }
            m.put("exercisedBy", links.tests(r).stream().map(RuleLinks.Source::name).toList());
        } else {
            m.put("notGradedBecause", notGradedBecause(r.grading()));
        }
        return m;
    }

}
