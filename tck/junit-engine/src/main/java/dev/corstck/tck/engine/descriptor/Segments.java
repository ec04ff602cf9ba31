package dev.corstck.tck.engine.descriptor;

import org.apiguardian.api.API;

/**
 * Name the unique-ID segment types of the engine's tree. Values are stable names (class name, rule-group prefix,
 * rule ID, {@code <scenario-id>@<engine>}), never positions, so one rule or scenario can be rerun by its unique ID:
 * {@code [engine:cors-tck]/[class:com.example.ApiCorsTest]/[section:cors-check]/[rule:cors-check.acao-exact]/
 * [scenario:root.allowed.https-app-localhost.get.omit@chromium]}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Segments {

    /** A {@code @CorsConformance} class, by its fully qualified name. */
    public static final String CLASS = "class";

    /** A rule group (Fetch section), by its ID prefix, e.g. {@code cors-check}. */
    public static final String SECTION = "section";

    /** A rule, by its stable ID. */
    public static final String RULE = "rule";

    /** A scenario in one engine: {@code <scenario-id>@<engine>}. */
    public static final String SCENARIO = "scenario";

    /** The test that checks a configured browser took part, by the browser's name. */
    public static final String BROWSER = "browser";

    /** The test that reports baseline entries which no longer fail. */
    public static final String BASELINE = "baseline";

    private Segments() {
    }
}
