package dev.corstck.tck.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Describe one checkable CORS requirement. The ID is a stable name ({@code cors-check.acao-exact}), never a
 * position, so reports, selections ({@code --rules 'preflight.*'}) and suppressions survive catalog changes.
 *
 * @param id          stable dotted name: section prefix, then the requirement
 * @param level       how much it matters
 * @param spec        where in Fetch it comes from
 * @param title       what must hold, in one short sentence
 * @param why         why it matters, in one line
 * @param labels      the labels of {@code tck/SPEC-NOTES.md} it implements ({@code R-CHECK-02}, {@code S-01}); may be
 * empty                    for rules about the declared policy
 * @param detection   what the kit needs to decide it
 * @param credentials which requests it is graded on
 * @param grading     whether a check decides it, or why none does
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Rule(String id, Level level, SpecRef spec, String title, String why, List<String> labels,
        Detection detection, CredentialsScope credentials, Grading grading) {

    /** The form of a rule ID: lowercase dotted segments of letters, digits and hyphens, at least two. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    /** The form of a label of {@code tck/SPEC-NOTES.md}. */
    public static final Pattern LABEL = Pattern.compile("R-[A-Z]+-\\d{2}|S-\\d{2}");

    public Rule {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(why, "why must not be null");
        labels = List.copyOf(Objects.requireNonNull(labels, "labels must not be null"));
        Objects.requireNonNull(detection, "detection must not be null");
        Objects.requireNonNull(credentials, "credentials must not be null");
        Objects.requireNonNull(grading, "grading must not be null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' must match " + ID.pattern());
        }
        if (title.isBlank() || why.isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": title and why must not be blank");
        }
        labels.stream().filter(l -> !LABEL.matcher(l).matches()).findFirst().ifPresent(l -> {
            throw new IllegalArgumentException("rule " + id + ": label '" + l + "' must match " + LABEL.pattern());
        });
    }

    /**
     * Start a rule decided by wire probes alone, graded on every request, with no labels yet and its grading still
     * {@linkplain Grading.Undeclared undeclared}.
     */
    public static Rule of(String id, Level level, SpecRef spec, String title, String why) {
        return new Rule(id, level, spec, title, why, List.of(), Detection.WIRE, CredentialsScope.ANY,
                new Grading.Undeclared());
    }

    /** Return a copy that implements the given labels of {@code tck/SPEC-NOTES.md}. */
    public Rule labels(String... newLabels) {
        return new Rule(id, level, spec, title, why, List.of(newLabels), detection, credentials, grading);
    }

    /** Return a copy decided by {@code newDetection}. */
    public Rule detectedBy(Detection newDetection) {
        return new Rule(id, level, spec, title, why, labels, newDetection, credentials, grading);
    }

    /** Return a copy graded only on the requests {@code scope} names. */
    public Rule gradedOn(CredentialsScope scope) {
        return new Rule(id, level, spec, title, why, labels, detection, scope, grading);
    }

    /**
     * Return a copy that a grading check decides. Which check, and which tests exercise it, the grading package's
     * registry says ({@link RuleLinks}); a test fails when no check declares a rule marked so.
     */
    public Rule graded() {
        return new Rule(id, level, spec, title, why, labels, detection, credentials, new Grading.Graded());
    }

    /** Return a copy that no check decides, for {@code reason}. */
    public Rule notGraded(String reason) {
        return new Rule(id, level, spec, title, why, labels, detection, credentials, new Grading.NotGraded(reason));
    }

    /** Return the ID's first segment, the rule group it belongs to ({@code preflight} for {@code preflight.x}). */
    public String prefix() {
        return id.substring(0, id.indexOf('.'));
    }
}
