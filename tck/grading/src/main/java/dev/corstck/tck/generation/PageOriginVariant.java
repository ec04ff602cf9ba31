package dev.corstck.tck.generation;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One page origin of the scenario set.
 *
 * @param originClass why it is there
 * @param origin      the serialized origin as the {@code Origin} header carries it ({@code null} for opaque); for
 *                    {@link OriginClass#SPECIAL_CHARACTER} a string no browser can produce
 * @param imitates    the allowed origin a look-alike imitates; empty for other classes
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PageOriginVariant(OriginClass originClass, String origin, String imitates) {

    // Compiled once: every scenario's ID takes a slug, and String.replaceAll compiles its pattern on each call.
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^A-Za-z0-9.-]+");
    private static final Pattern DASHES = Pattern.compile("-+");

    public PageOriginVariant {
        Objects.requireNonNull(originClass, "originClass must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(imitates, "imitates must not be null");
    }

    /** The origin as it appears in scenario IDs: {@code http-localhost-3000}. */
    public String slug() {
        String s = DASHES.matcher(NOT_IN_SLUG.matcher(origin.replace("://", "-")).replaceAll("-")).replaceAll("-");
        s = s.endsWith("-") ? s.substring(0, s.length() - 1) : s;
        // IDs stay readable: a very long origin keeps its start and its length.
        return s.length() <= 64 ? s : s.substring(0, 40) + "-" + origin.length() + "-chars";
    }
}
