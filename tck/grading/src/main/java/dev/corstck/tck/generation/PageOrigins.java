package dev.corstck.tck.generation;

import dev.corstck.fetch.origin.OriginParse;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.reference.origin.OriginMatcher;
import dev.corstck.reference.policy.AllowedOrigins;
import dev.corstck.reference.policy.CorsPolicy;
import java.util.ArrayList;
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

    /** The characters that split host parsers (PortSwigger's "special characters" list): see S-03. */
    private static final List<String> SPECIAL = List.of("_", "`", "!", "%60");

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
        String s = t.scheme() + "://";
        String port = t.port() == TupleOrigin.DEFAULT_PORT ? "" : ":" + t.port();
        String host = t.host();
        boolean named = !host.startsWith("[") && !host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        List<PageOriginVariant> out = new ArrayList<>();
        out.add(variant(OriginClass.PREFIX, t.serialize() + ".evil.example", t));
        out.add(variant(OriginClass.SUFFIX, s + "evil" + host + port, t));
        if (host.contains(".")) {
            out.add(variant(OriginClass.UNESCAPED_DOT, s + host.replaceFirst("\\.", "x") + port, t));
        }
        SPECIAL.forEach(c -> out.add(variant(OriginClass.SPECIAL_CHARACTER, s + host + c + ".evil.example" + port, t)));
        if (t.scheme().equals("https")) {
            out.add(variant(OriginClass.SCHEME_DOWNGRADE, "http://" + host + port, t));
        } else if (t.scheme().equals("http")) {
            out.add(variant(OriginClass.SCHEME_UPGRADE, "https://" + host + port, t));
        }
        if (named) {
            out.add(variant(OriginClass.ANY_SUBDOMAIN, s + "evil." + host + port, t));
        }
        int other = t.port() == TupleOrigin.DEFAULT_PORT ? (t.scheme().equals("https") ? 8443 : 8080)
                : t.port() == 65_535 ? 65_534 : t.port() + 1;
        out.add(variant(OriginClass.ANY_PORT, s + host + ":" + other, t));
        return out;
    }

    private static PageOriginVariant variant(OriginClass c, String origin, TupleOrigin imitated) {
        return new PageOriginVariant(c, origin, imitated.serialize());
    }
}
