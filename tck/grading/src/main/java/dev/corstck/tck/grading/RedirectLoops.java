package dev.corstck.tck.grading;

import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A target that answers a URL with a redirect back to a URL already requested in the same scenario (itself, or a
 * cycle) never gives the kit a response to grade: the scenario is {@code kit.target-reachable} ERROR, so such a target
 * exits 3 (could not decide), never 0. A redirected preflight is left to the preflight rules: any redirect fails it.
 */
final class RedirectLoops {

    private RedirectLoops() {
    }

    /** Why the scenario's actual requests are stuck in a redirect loop, if they are. */
    static Optional<String> of(List<Exchange> exchanges) {
        Set<String> requested = new HashSet<>();
        for (Exchange e : exchanges) {
            if (e.kind() == ExchangeKind.PREFLIGHT) {
                continue;
            }
            String url = withoutFragment(e.url());
            requested.add(url);
            if (e.response().isEmpty()) {
                continue;
            }
            int status = e.response().get().status();
            Optional<String> location = e.response().get().headers().first("Location");
            if (status < 300 || status > 399 || location.isEmpty()) {
                continue;
            }
            Optional<String> next = resolve(e.url(), location.get());
            if (next.isPresent() && requested.contains(next.get())) {
                return Optional.of("the target answers " + url + " with a " + status + " redirect to "
                        + (next.get().equals(url) ? "itself" : next.get() + ", requested before")
                        + " (a redirect loop): no response to grade");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> resolve(String base, String location) {
        try {
            return Optional.of(withoutFragment(URI.create(base).resolve(location.strip()).toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
