package dev.corstck.tck.generation;

import dev.corstck.fetch.origin.OriginParse;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.reference.origin.OriginMatcher;
import dev.corstck.reference.policy.AllowedOrigins;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.tck.lookalike.Attacker;
import dev.corstck.tck.lookalike.LookAlikeKind;
import dev.corstck.tck.lookalike.LookAlikes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Derive the page origins of a scenario set from a policy: the allowed ones, their {@code localhost} /
 * {@code 127.0.0.1} twins, the look-alikes scanners try (S-03), {@code null}, an arbitrary
 * site and the target's own origin. A look-alike the policy itself allows is left out: it is not a look-alike.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PageOrigins {

    /** The arbitrary site used to detect reflection; a {@code *.localhost} name reaches loopback in every engine. */
    public static final String ARBITRARY = "https://random-3f2a.localhost";

    /**
     * The host of the sample page for a policy that allows any origin: a site no allow-list elsewhere in a policy is
     * likely to name, so a per-route {@code *} is really tried from outside the top-level list.
     */
    public static final String ANY_SITE = "any-site.localhost";

    /**
     * Origin values no browser sends and a CORS layer must survive: punctuation where a host belongs, a non-ASCII
     * host, {@code null} with trailing bytes, and a 2,000-character value with a path.
     */
    static final List<String> MALFORMED = List.of("https://*@:;", "https://b\u00fccher.example", "null null",
            "https://long.example/" + "a".repeat(2000));

    /**
     * The attacker of scenario generation: a fixed domain, because its look-alike origins are part of scenario IDs
     * (baselines and certification/RESULTS.json cite them); the port of a prefix look-alike stays inside the imitated
     * serialized origin, the string scanners send against a {@code startsWith} check (S-03); every kind, the scheme
     * upgrade included.
     */
    private static final Attacker ATTACKER = new Attacker("evil.example", "evil", "evil",
            Attacker.PrefixForm.AFTER_SERIALIZED_ORIGIN, EnumSet.allOf(LookAlikeKind.class));

    private PageOrigins() {
    }

    /** Derive the variants for {@code policy} on a target whose origin is {@code targetOrigin}. */
    public static List<PageOriginVariant> of(CorsPolicy policy, String targetOrigin) {
        Map<String, PageOriginVariant> out = new LinkedHashMap<>();
        List<TupleOrigin> trusted = trustedSamples(policy);
        trusted.forEach(o -> out.putIfAbsent(o.serialize(), new PageOriginVariant(OriginClass.ALLOWED, o.serialize(), "")));
        for (TupleOrigin t : trusted) {
            twin(t).ifPresent(v -> out.putIfAbsent(v.origin(), v));
        }
        for (TupleOrigin t : trusted) {
            for (PageOriginVariant v : lookAlikes(t)) {
                if (!allows(policy, v.origin())) {
                    out.putIfAbsent(v.origin(), v);
                }
            }
        }
        out.putIfAbsent(ARBITRARY, new PageOriginVariant(OriginClass.ARBITRARY, ARBITRARY, ""));
        MALFORMED.forEach(m -> out.putIfAbsent(m, new PageOriginVariant(OriginClass.MALFORMED, m, "")));
        out.putIfAbsent("null", new PageOriginVariant(OriginClass.NULL, "null", ""));
        out.put(targetOrigin, new PageOriginVariant(OriginClass.SAME_ORIGIN, targetOrigin, ""));
        return List.copyOf(out.values());
    }

    /** Answer whether {@code policy} allows the serialized {@code origin} ({@code null} only when opted in). */
    public static boolean allows(CorsPolicy policy, String origin) {
        if (origin.equals("null")) {
            return policy.dangerouslyAllowNullOrigin();
        }
        return TupleOrigin.parse(origin) instanceof OriginParse.Parsed p && policy.origin().allows(p.origin());
    }

    /** One origin per allow-list entry: exact entries as they are, a sample subdomain for wildcards. */
    private static List<TupleOrigin> trustedSamples(CorsPolicy policy) {
        List<TupleOrigin> out = new ArrayList<>();
        AllowedOrigins origins = policy.origin();
        if (origins instanceof AllowedOrigins.Any || origins instanceof AllowedOrigins.ReflectAny) {
            out.add(new TupleOrigin("https", ANY_SITE, TupleOrigin.DEFAULT_PORT));
        } else if (origins instanceof AllowedOrigins.Listed listed) {
            for (OriginMatcher m : listed.entries()) {
                if (m instanceof OriginMatcher.Exact e) {
                    out.add(e.origin());
                } else if (m instanceof OriginMatcher.Wildcard w) {
                    out.add(new TupleOrigin(w.scheme(), "app." + w.domain(), w.port()));
                }
            }
        }
        return out;
    }

    private static Optional<PageOriginVariant> twin(TupleOrigin t) {
        String other = t.host().equals("localhost") ? "127.0.0.1" : t.host().equals("127.0.0.1") ? "localhost" : "";
        return other.isEmpty() ? Optional.empty() : Optional.of(new PageOriginVariant(OriginClass.LOOPBACK_TWIN,
                new TupleOrigin(t.scheme(), other, t.port()).serialize(), t.serialize()));
    }

    /** The look-alikes of one trusted origin, every class that applies to it. */
    static List<PageOriginVariant> lookAlikes(TupleOrigin t) {
        return LookAlikes.of(t, ATTACKER).stream()
                .map(l -> new PageOriginVariant(OriginClass.of(l.kind()), l.origin(), l.imitates())).toList();
    }
}
