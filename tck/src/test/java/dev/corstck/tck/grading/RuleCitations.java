package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.Rule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule IDs a test source cites outside its {@code @Exercises} annotation: as a string literal
 * ({@code "cors-check.acao-exact"}) or as a static {@link Rule} constant of the catalog or of a check
 * ({@code CorsCheckRules.ACAO_EXACT}, {@code PreflightVary.RULE}), resolved by reflection so a renamed constant
 * still counts for the rule it holds.
 */
final class RuleCitations {

    private static final Pattern ANNOTATION = Pattern.compile("@Exercises\\((\\{[^}]*\\}|\"[^\"]*\")\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9-]+\\.[a-z0-9-]+)\"");
    private static final Pattern CONSTANT = Pattern.compile("\\b([A-Z]\\w*)\\.([A-Z][A-Z0-9_]*)\\b");
    private static final String[] PACKAGES = {"dev.corstck.tck.catalog.", "dev.corstck.tck.grading."};

    private RuleCitations() {
    }

    /** The IDs {@code source} cites; the annotation's own text is left out, or every claim would cite itself. */
    static Set<String> in(String source) {
        String code = ANNOTATION.matcher(source).replaceAll("");
        Set<String> out = new TreeSet<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            out.add(literal.group(1));
        }
        Matcher constant = CONSTANT.matcher(code);
        while (constant.find()) {
            rule(constant.group(1), constant.group(2)).map(Rule::id).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Rule> rule(String type, String field) {
        for (String pkg : PACKAGES) {
            try {
                Field f = Class.forName(pkg + type, false, RuleCitations.class.getClassLoader())
                        .getDeclaredField(field);
                if (Modifier.isStatic(f.getModifiers()) && Rule.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    return Optional.of((Rule) f.get(null));
                }
            } catch (ClassNotFoundException | NoSuchFieldException e) {
                // not this package's type or field: try the next
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }
}
