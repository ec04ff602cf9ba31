package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.catalog.RuleLinks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Link rules to their checks from {@link GradingChecks}, and to the tests that exercise them from
 * {@value #EXERCISED_BY}: a file {@code RuleCoverageTests} derives from a recorded grading of the main job's targets
 * and the {@code @Exercises} annotations of the self-tests, and fails on when it is stale.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class GradingRuleLinks implements RuleLinks {

    /** The class-path resource listing, per rule ID, the test classes that exercise it. */
    public static final String EXERCISED_BY = "dev/corstck/tck/grading/exercised-by.tsv";

    /** Where this module's main sources live, relative to the directory of {@code tck/RULES.md}. */
    static final String MAIN_SOURCES = "grading/src/main/java/";

    private final Map<String, List<String>> exercisedBy = read();

    /** Create the links; {@link java.util.ServiceLoader} calls this. */
    public GradingRuleLinks() {
    }

    @Override
    public List<Source> checks(Rule rule) {
        return GradingChecks.declaring(rule).stream().map(c -> source(MAIN_SOURCES, c.type().getName())).toList();
    }

    @Override
    public List<Source> tests(Rule rule) {
        return exercisedBy.getOrDefault(rule.id(), List.of()).stream()
                .map(path -> new Source(path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length()),
                        path)).toList();
    }

    private static Source source(String root, String className) {
        return new Source(className.substring(className.lastIndexOf('.') + 1),
                root + className.replace('.', '/') + ".java");
    }

    /** Parse lines of {@code rule-id<TAB>test source, test source}, each path relative to {@code tck/}. */
    static Map<String, List<String>> parse(String text) {
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2))
                .collect(Collectors.toMap(p -> p[0], p -> Arrays.stream(p[1].split(",")).map(String::strip).toList()));
    }

    private static Map<String, List<String>> read() {
        try (InputStream in = GradingRuleLinks.class.getClassLoader().getResourceAsStream(EXERCISED_BY)) {
            return in == null ? Map.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EXERCISED_BY, e);
        }
    }
}
