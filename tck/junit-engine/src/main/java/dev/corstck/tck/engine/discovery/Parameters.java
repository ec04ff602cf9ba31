package dev.corstck.tck.engine.discovery;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Read {@code cors.tck.*} configuration parameters as typed values; a malformed value is reported (through the
 * given sink) and treated as absent.
 */
final class Parameters {

    private final ConfigurationParameters config;
    private final Consumer<String> error;

    Parameters(ConfigurationParameters config, Consumer<String> error) {
        this.config = config;
        this.error = error;
    }

    /** The parameter's value, stripped; empty when unset or blank. */
    Optional<String> text(String key) {
        return config.get(key).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The parameter as a boolean, else {@code fallback}. */
    boolean bool(String key, boolean fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        String v = value.get().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            error.accept("configuration parameter " + key + " must be true or false, got '" + value.get() + "'");
            return fallback;
        }
        return v.equals("true");
    }

    /** The parameter as an integer from {@code min} to {@code max}, else {@code fallback}. */
    int integer(String key, int min, int max, int fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error.accept("configuration parameter " + key + " must be a whole number from " + min + " to " + max
                + ", got '" + value.get() + "'");
        return fallback;
    }
}
