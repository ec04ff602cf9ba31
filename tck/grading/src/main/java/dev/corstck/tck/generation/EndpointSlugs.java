package dev.corstck.tck.generation;

import dev.corstck.tck.policy.Endpoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The endpoints' names in scenario IDs: each path as a slug ({@code root} for {@code /}), one per path. Two paths
 * can make the same slug ({@code /a-b}, {@code /a_b}, {@code /A-B}): the later one in the policy gets {@code -2},
 * {@code -3}…, since scenarios are keyed by ID and a repeated ID would silently drop the second endpoint's.
 */
final class EndpointSlugs {

    private static final java.util.regex.Pattern NOT_IN_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASH = java.util.regex.Pattern.compile("^-|-$");

    private final Map<String, String> byPath = new HashMap<>();

    private EndpointSlugs(List<Endpoint> endpoints) {
        Set<String> taken = new HashSet<>();
        for (Endpoint endpoint : endpoints) {
            if (byPath.containsKey(endpoint.path())) {
                continue;
            }
            String base = slug(endpoint.path());
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            byPath.put(endpoint.path(), slug);
        }
    }

    static EndpointSlugs of(List<Endpoint> endpoints) {
        return new EndpointSlugs(endpoints);
    }

    /** The slug of {@code endpoint}, which must be one of those given. */
    String of(Endpoint endpoint) {
        String slug = byPath.get(endpoint.path());
        if (slug == null) {
            throw new IllegalArgumentException("not an endpoint of this policy: " + endpoint.path());
        }
        return slug;
    }

    private static String slug(String path) {
        String s = EDGE_DASH.matcher(NOT_IN_SLUG.matcher(path.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "root" : s;
    }
}
