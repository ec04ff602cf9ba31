package dev.corstck.tck.certification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where an implementation comes from, as {@code implementation.yaml} names it: its runtime and package source.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Ecosystem {
    /** Maven Central artifacts on a JDK; the only ecosystem that names a {@code jdk}. */
    JVM,
    /** npm packages on Node.js. */
    NODE,
    /** Debian's Python packages under {@code /usr/bin/python3}. */
    PYTHON,
    /** Debian's Go packages, built offline. */
    GO,
    /** A web server's configuration recipe (nginx, Apache httpd, Caddy). */
    WEB_SERVER;

    /** Return the name used in {@code implementation.yaml} and JSON, e.g. {@code web-server}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Find the ecosystem named {@code id}; empty when none is. */
    public static Optional<Ecosystem> find(String id) {
        return Arrays.stream(values()).filter(e -> e.id().equals(id)).findFirst();
    }

    @JsonCreator
    static Ecosystem fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown ecosystem '" + id + "'"));
    }
}
