package dev.corstck.reference.profile;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.reference.origin.OriginMatcher;
import dev.corstck.reference.policy.AllowedHeaders;
import dev.corstck.reference.policy.AllowedOrigins;
import dev.corstck.reference.policy.CorsPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** The policy side of the mistake profiles: each turns the intended policy into the one the mistaken server runs. */
final class ProfilePolicies {

    private ProfilePolicies() {
    }

    /** Every origin allowed and reflected, with credentials. */
    static CorsPolicy reflectAnyWithCredentials(CorsPolicy base) {
        return base.toBuilder().reflectAnyOrigin().credentials(true)
                .dangerouslyReflectAnyOriginWithCredentials(true).build();
    }

    /** The intended origins, plus {@code null}. */
    static CorsPolicy trustNull(CorsPolicy base) {
        return base.toBuilder().dangerouslyAllowNullOrigin(true).build();
    }

    /** {@code allowedHeaders} without {@code Authorization}. */
    static CorsPolicy withoutAuthorization(CorsPolicy base) {
        List<String> names = base.allowedHeaders() instanceof AllowedHeaders.Listed l ? l.names() : List.of("Content-Type");
        return base.toBuilder().allowedHeaders(names.stream().filter(n -> !n.equalsIgnoreCase("authorization"))
                .toArray(String[]::new)).build();
    }

    /** The intended origins without their IP-loopback twins ({@code 127.0.0.1}, {@code [::1]}). */
    static CorsPolicy withoutIpLoopback(CorsPolicy base) {
        if (!(base.origin() instanceof AllowedOrigins.Listed listed)) {
            return base;
        }
        List<OriginMatcher> kept = new ArrayList<>();
        for (OriginMatcher m : listed.entries()) {
            boolean ipLoopback = m instanceof OriginMatcher.Exact e
                    && (e.origin().host().startsWith("127.") || e.origin().host().equals("[::1]"));
            if (!ipLoopback) {
                kept.add(m);
            }
        }
        return base.toBuilder().origin(new AllowedOrigins.Listed(kept)).build();
    }

    /** {@code origin.endsWith(allowedHost)}: the scheme and dot boundary are forgotten. */
    static CorsPolicy suffixMatch(CorsPolicy base) {
        return stringMatch(base, "endsWith", (o, allowed) -> o.endsWith(allowed.substring(allowed.indexOf("://") + 3)));
    }

    /** {@code origin.startsWith(allowed)}: anything after the allowed text passes. */
    static CorsPolicy prefixMatch(CorsPolicy base) {
        return stringMatch(base, "startsWith", String::startsWith);
    }

    /** {@code new RegExp(allowed)} with its dots unescaped: each dot matches any character. */
    static CorsPolicy unescapedDot(CorsPolicy base) {
        return stringMatch(base, "unescaped regex", (o, allowed) -> {
            try {
                return Pattern.compile(allowed).matcher(o).matches();
            } catch (PatternSyntaxException e) {
                return false;
            }
        });
    }

    /** Replace exact entries by a string test on the serialized origin; keep other entries as they are. */
    private static CorsPolicy stringMatch(CorsPolicy base, String how, BiPredicate<String, String> test) {
        if (!(base.origin() instanceof AllowedOrigins.Listed listed)) {
            return base;
        }
        List<String> exact = new ArrayList<>();
        List<OriginMatcher> others = new ArrayList<>();
        for (OriginMatcher m : listed.entries()) {
            if (m instanceof OriginMatcher.Exact e) {
                exact.add(e.origin().serialize());
            } else {
                others.add(m);
            }
        }
        AllowedOrigins rule = new AllowedOrigins.Matching((TupleOrigin o) -> others.stream().anyMatch(m -> m.matches(o))
                || exact.stream().anyMatch(a -> test.test(o.serialize(), a)), how + " " + exact);
        return base.toBuilder().origin(rule).build();
    }
}
