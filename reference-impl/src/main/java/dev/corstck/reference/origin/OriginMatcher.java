package dev.corstck.reference.origin;

import com.google.re2j.Pattern;
import dev.corstck.fetch.origin.TupleOrigin;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One entry of an origin allow-list: an exact origin, a subdomain wildcard, or an anchored regular expression. Each
 * matches a parsed {@link Origin}, never raw header text, so user info, paths or odd spellings cannot slip through.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface OriginMatcher {

    /** Answer whether {@code origin} is allowed by this entry. */
    boolean matches(TupleOrigin origin);

    /** Describe this entry as a policy file would write it. */
    String describe();

    /** Exactly one origin: scheme, host and port all equal. */
    record Exact(TupleOrigin origin) implements OriginMatcher {
        public Exact {
            Objects.requireNonNull(origin, "origin must not be null");
        }

        @Override
        public boolean matches(TupleOrigin candidate) {
            return origin.equals(candidate);
        }

        @Override
        public String describe() {
            return origin.serialize();
        }
    }

    /**
     * Every subdomain of {@code domain} (one label or more, never {@code domain} itself) with this scheme and port,
     * written {@code https://*.myapp.com}. Matching compares parsed hosts label-wise, so
     * {@code https://myapp.com.evil.com} and {@code https://evilmyapp.com} never match.
     */
    record Wildcard(String scheme, String domain, int port) implements OriginMatcher {
        public Wildcard {
            Objects.requireNonNull(scheme, "scheme must not be null");
            Objects.requireNonNull(domain, "domain must not be null");
            if (port == TupleOrigin.defaultPort(scheme)) {
                port = TupleOrigin.DEFAULT_PORT;
            }
        }

        @Override
        public boolean matches(TupleOrigin candidate) {
            String host = candidate.host();
            return candidate.scheme().equals(scheme) && candidate.port() == port
                    && host.length() > domain.length() + 1 && host.endsWith(domain)
                    && host.charAt(host.length() - domain.length() - 1) == '.';
        }

        @Override
        public String describe() {
            return scheme + "://*." + domain + (port == TupleOrigin.DEFAULT_PORT ? "" : ":" + port);
        }
    }

    /**
     * A regular expression that must match the whole serialized origin ({@link com.google.re2j.Matcher#matches()}),
     * so it is anchored at both ends whether or not it says {@code ^...$}. Patterns are RE2 patterns (RE2/J): matched
     * in time linear in the origin's length whatever the pattern, so a hostile {@code Origin} cannot hold a thread
     * (no backtracking, hence no backreferences and no lookaround).
     */
    record Regex(Pattern pattern) implements OriginMatcher {
        public Regex {
            Objects.requireNonNull(pattern, "pattern must not be null");
        }

        @Override
        public boolean matches(TupleOrigin candidate) {
            return pattern.matcher(candidate.serialize()).matches();
        }

        @Override
        public String describe() {
            return "{pattern: " + pattern.pattern() + "}";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Regex r && r.pattern.pattern().equals(pattern.pattern());
        }

        @Override
        public int hashCode() {
            return pattern.pattern().hashCode();
        }
    }
}
