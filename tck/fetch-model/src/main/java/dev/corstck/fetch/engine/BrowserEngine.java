package dev.corstck.fetch.engine;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Name a real browser engine, the one vocabulary the harness, the simulator's profiles, grading and reports share;
 * each module's own engine type (a driver, a profile, a report column) is made from it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BrowserEngine {
    CHROMIUM, FIREFOX, WEBKIT;

    /** Return the lower-case name used on the command line and in reports, e.g. {@code webkit}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Read {@code chromium}, {@code firefox} or {@code webkit}, in any case, around spaces; empty for anything else. */
    public static Optional<BrowserEngine> fromId(String id) {
        String key = id.strip().toUpperCase(Locale.ROOT);
        for (BrowserEngine engine : values()) {
            if (engine.name().equals(key)) {
                return Optional.of(engine);
            }
        }
        return Optional.empty();
    }
}
