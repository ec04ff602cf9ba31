package dev.corstck.tck.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The fix for a failing rule in one implementation's own configuration terms (Spring {@code CorsConfiguration},
 * Jetty {@code CrossOriginHandler} setters, nginx {@code add_header ... always}, ...): the {@code remedies} of its
 * certification folder ({@code certification/NAME/implementation.yaml}), packaged with the kit.
 *
 * @param implementation the folder name, e.g. {@code spring-mvc}
 * @param title          how the implementation calls itself, e.g. {@code Spring MVC}
 * @param byRule         remedy text per rule ID
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ImplementationRemedies(String implementation, String title, Map<String, String> byRule) {

    /** The implementation whose terms the policy file's own vocabulary uses: express {@code cors}. */
    public static final String DEFAULT = "express-cors";

    /** A few names, for messages. */
    static final List<String> EXAMPLES = List.of("express-cors", "spring-mvc", "jetty", "tomcat", "nginx",
            "flask-cors");

    private static final String ROOT = "dev/corstck/tck/certification/implementations/";
    private static final Map<String, Optional<ImplementationRemedies>> LOADED = new ConcurrentHashMap<>();

    public ImplementationRemedies {
        Objects.requireNonNull(implementation, "implementation must not be null");
        Objects.requireNonNull(title, "title must not be null");
        byRule = Map.copyOf(byRule);
    }

    /** The remedies of {@code implementation}, or express {@code cors}'s when empty or unknown. */
    public static ImplementationRemedies of(Optional<String> implementation) {
        return implementation.flatMap(ImplementationRemedies::load).or(() -> load(DEFAULT))
                .orElse(new ImplementationRemedies(DEFAULT, "express cors", Map.of()));
    }

    /** Answer whether the kit has remedies for the implementation folder {@code name}. */
    public static boolean isKnown(String name) {
        return name.matches("[a-z0-9][a-z0-9-]*") && load(name).isPresent();
    }

    /** The remedy for {@code ruleId}, prefixed with whose terms it is in; empty when there is none. */
    public Optional<String> forRule(String ruleId) {
        return Optional.ofNullable(byRule.get(ruleId)).map(text -> "(" + title + ") " + text);
    }

    private static Optional<ImplementationRemedies> load(String name) {
        return LOADED.computeIfAbsent(name, ImplementationRemedies::read);
    }

    private static Optional<ImplementationRemedies> read(String name) {
        try (InputStream in = ImplementationRemedies.class.getClassLoader()
                .getResourceAsStream(ROOT + name + "/implementation.yaml")) {
            if (in == null) {
                return Optional.empty();
            }
            Object doc = new Load(LoadSettings.builder().setLabel(name).build())
                    .loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!(doc instanceof Map<?, ?> root)) {
                return Optional.empty();
            }
            Map<String, String> byRule = new LinkedHashMap<>();
            if (root.get("remedies") instanceof Map<?, ?> remedies) {
                remedies.forEach((k, v) -> byRule.put(String.valueOf(k), String.valueOf(v).strip()));
            }
            String title = root.get("title") instanceof String t ? t : name;
            return Optional.of(new ImplementationRemedies(name, title, byRule));
        } catch (IOException | YamlEngineException e) {
            return Optional.empty(); // a folder's broken manifest is reported by certify, not here
        }
    }
}
