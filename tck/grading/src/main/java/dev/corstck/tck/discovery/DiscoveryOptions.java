package dev.corstck.tck.discovery;

import dev.corstck.tck.probe.ProbeTarget;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What to discover and within which bounds.
 *
 * @param target  the server to probe
 * @param paths   the paths to probe, each starting with {@code /}; default {@code /}; at most {@link #MAX_PATHS}
 * @param hints   origins the user knows to be legitimate ({@code --origin}), tried with the built-in candidates; at
 *                most {@link #MAX_HINTS}
 * @param timeout the bound on the whole discovery; default 60 s
 * @param workers probes in flight at once; default 4
 * @param nonce   random hex used in made-up origins and header names, so each run's probes are recognisable
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DiscoveryOptions(ProbeTarget target, List<String> paths, List<String> hints, Duration timeout,
        int workers, String nonce) {

    /** The most paths one discovery probes: each costs a bounded number of probes (see {@link Discoverer#budget}). */
    public static final int MAX_PATHS = 32;

    /** The most {@code --origin} hints: each is tried on every path. */
    public static final int MAX_HINTS = 16;

    public DiscoveryOptions {
        Objects.requireNonNull(target, "target must not be null");
        paths = List.copyOf(new java.util.LinkedHashSet<>(Objects.requireNonNull(paths, "paths must not be null")));
        hints = List.copyOf(Objects.requireNonNull(hints, "hints must not be null"));
        Objects.requireNonNull(timeout, "timeout must not be null");
        Objects.requireNonNull(nonce, "nonce must not be null");
        if (paths.isEmpty() || paths.stream().anyMatch(p -> !p.startsWith("/") || p.contains(" "))) {
            throw new IllegalArgumentException("paths must be given and start with '/', e.g. --path /api/items");
        }
        if (paths.size() > MAX_PATHS || hints.size() > MAX_HINTS) {
            throw new IllegalArgumentException("discovery probes at most " + MAX_PATHS + " paths and " + MAX_HINTS
                    + " origins per run (got " + paths.size() + " and " + hints.size()
                    + "); run it again for the rest");
        }
        for (String hint : hints) {
            if (!hint.equals(ProbeTarget.parse(hint).origin())) {
                throw new IllegalArgumentException("--origin " + hint + " is not a serialized origin; write it as "
                        + ProbeTarget.parse(hint).origin() + " (scheme://host[:port], no path or trailing slash)");
            }
        }
        if (workers < 1 || workers > 64 || timeout.isNegative() || timeout.isZero() || !nonce.matches("[0-9a-f]{4,16}")) {
            throw new IllegalArgumentException("workers must be 1 to 64, timeout positive, nonce 4-16 hex digits");
        }
    }

    /** Probe {@code /} of {@code target} with the defaults. */
    public static DiscoveryOptions of(ProbeTarget target) {
        return new DiscoveryOptions(target, List.of("/"), List.of(), Duration.ofSeconds(60), 4, randomNonce());
    }

    public DiscoveryOptions withPaths(List<String> newPaths) {
        return new DiscoveryOptions(target, newPaths, hints, timeout, workers, nonce);
    }

    public DiscoveryOptions withHints(List<String> newHints) {
        return new DiscoveryOptions(target, paths, newHints, timeout, workers, nonce);
    }

    public DiscoveryOptions withTimeout(Duration newTimeout) {
        return new DiscoveryOptions(target, paths, hints, newTimeout, workers, nonce);
    }

    static String randomNonce() {
        byte[] bytes = new byte[2];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
