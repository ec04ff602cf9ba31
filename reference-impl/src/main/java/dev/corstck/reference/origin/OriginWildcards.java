package dev.corstck.reference.origin;

import dev.corstck.fetch.origin.OriginParse;
import dev.corstck.fetch.origin.TupleOrigin;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Parses subdomain wildcards such as {@code https://*.myapp.com} or {@code http://*.app.localhost:3000}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OriginWildcards {

    private OriginWildcards() {
    }

    /**
     * Parse {@code text}: the wildcard, or why it is not one. Only a leading {@code *.} label is a wildcard, and the
     * rest must hold at least two labels so that {@code https://*.com} cannot allow a whole top-level domain.
     */
    public static WildcardParse parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        int star = text.indexOf("://*.");
        if (star <= 0 || text.indexOf('*', star + 4) >= 0) {
            return new WildcardParse.Invalid("'" + text + "' is not a wildcard; write scheme://*.domain[:port],"
                    + " with '*.' only as the first label, e.g. https://*.myapp.com");
        }
        String probe = text.substring(0, star) + "://wildcard-probe." + text.substring(star + 5);
        OriginParse parsed = TupleOrigin.parse(probe);
        if (parsed instanceof OriginParse.Invalid invalid) {
            return new WildcardParse.Invalid(invalid.problem().replace("wildcard-probe.", "*."));
        }
        TupleOrigin origin = ((OriginParse.Parsed) parsed).origin();
        String domain = origin.host().substring("wildcard-probe.".length());
        boolean singleLabel = domain.indexOf('.') < 0 && !domain.equals("localhost");
        if (domain.startsWith("[") || singleLabel || domain.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return new WildcardParse.Invalid("'" + text + "' is too broad; a wildcard needs a registrable domain with"
                    + " at least two labels after '*.' (or localhost), e.g. https://*.myapp.com");
        }
        return new WildcardParse.Parsed(new OriginMatcher.Wildcard(origin.scheme(), domain, origin.port()));
    }

    /** The result of {@link #parse(String)}. */
    public sealed interface WildcardParse {

        /** The text is a wildcard. */
        record Parsed(OriginMatcher.Wildcard wildcard) implements WildcardParse {
        }

        /** The text is not a wildcard; {@code problem} says what to write instead. */
        record Invalid(String problem) implements WildcardParse {
        }
    }
}
