package dev.corstck.tck.simulator.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The differential scenario set: every label group of tck/SPEC-NOTES.md as scenarios with scripted servers, written
 * against three canonical origins a browser test rebinds to the ports it really serves.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DifferentialScenarios {

    /** The canonical page host and port: a {@code *.localhost} name, a secure context in every engine. */
    public static final String PAGE_HOST = "app.localhost:41001";
    /** The canonical target host and port. */
    public static final String TARGET_HOST = "api.localhost:41002";
    /** The canonical third origin's host and port. */
    public static final String OTHER_HOST = "other.localhost:41003";

    private DifferentialScenarios() {
    }

    /** Every scenario, grouped, in a stable order. */
    public static List<DifferentialScenario> all() {
        List<DifferentialScenario> all = new ArrayList<>();
        all.addAll(ClassificationGroup.scenarios());
        all.addAll(RequestHeaderGroup.scenarios());
        all.addAll(PreflightGroup.scenarios());
        all.addAll(AllowListGroup.scenarios());
        all.addAll(OriginCheckGroup.scenarios());
        all.addAll(ExposureGroup.scenarios());
        all.addAll(CacheGroup.scenarios());
        all.addAll(RedirectGroup.scenarios());
        all.addAll(CredentialsGroup.scenarios());
        return List.copyOf(all);
    }

    /** The canonical hosts mapped to {@code host:port} strings a test serves them on, for {@code rebind}. */
    public static Map<String, String> hosts(String page, String target, String other) {
        return Map.of(PAGE_HOST, page, TARGET_HOST, target, OTHER_HOST, other);
    }
}
