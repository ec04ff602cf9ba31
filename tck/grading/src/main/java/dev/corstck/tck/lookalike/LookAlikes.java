package dev.corstck.tck.lookalike;

import dev.corstck.fetch.origin.TupleOrigin;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Build the look-alikes of a trusted origin, one construction per {@link LookAlikeKind}, for an {@link Attacker}.
 * Kinds that cannot apply to the trusted origin are left out (no dot to replace, no subdomain of an IP address).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LookAlikes {

    /** The characters that split host parsers (PortSwigger's "special characters" list), in the order tried. */
    public static final List<String> SPECIAL_CHARACTERS = List.of("_", "`", "!", "%60");

    private LookAlikes() {
    }

    /** Return the look-alikes of {@code trusted} that {@code attacker} asks for, in {@link LookAlikeKind} order. */
    public static List<LookAlike> of(TupleOrigin trusted, Attacker attacker) {
        List<LookAlike> out = new ArrayList<>();
        for (LookAlikeKind kind : LookAlikeKind.values()) {
            if (attacker.kinds().contains(kind)) {
                origins(kind, trusted, attacker).forEach(o -> out.add(new LookAlike(kind, o, trusted.serialize())));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> origins(LookAlikeKind kind, TupleOrigin t, Attacker a) {
        String s = t.scheme() + "://";
        String host = t.host();
        String port = t.port() == TupleOrigin.DEFAULT_PORT ? "" : ":" + t.port();
        return switch (kind) {
            case PREFIX -> List.of(a.prefix() == Attacker.PrefixForm.AFTER_SERIALIZED_ORIGIN
                    ? t.serialize() + "." + a.domain() : s + host + "." + a.domain() + port);
            case SUFFIX -> List.of(s + a.suffixLabel() + host + port);
            case UNESCAPED_DOT -> host.contains(".") ? List.of(s + host.replaceFirst("\\.", "x") + port) : List.of();
            case SPECIAL_CHARACTER -> SPECIAL_CHARACTERS.stream().map(c -> s + host + c + "." + a.domain() + port)
                    .toList();
            case SCHEME_DOWNGRADE -> t.scheme().equals("https") ? List.of("http://" + host + port) : List.of();
            case SCHEME_UPGRADE -> t.scheme().equals("http") ? List.of("https://" + host + port) : List.of();
            // An IP address has no subdomains: "evil.127.0.0.1" is no host (url#concept-host).
            case SUBDOMAIN -> isName(host) ? List.of(s + a.subdomainLabel() + "." + host + port) : List.of();
            case OTHER_PORT -> List.of(s + host + ":" + otherPort(t));
        };
    }

    /** Answer whether {@code host} is a domain name rather than an IPv4 or a bracketed IPv6 address. */
    private static boolean isName(String host) {
        return !host.startsWith("[") && !host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    /**
     * A port the trusted origin does not use: the scheme's usual alternative for a default port, else the next one
     * (the one below for 65535, as 65536 is no port).
     */
    private static int otherPort(TupleOrigin t) {
        if (t.port() == TupleOrigin.DEFAULT_PORT) {
            return t.scheme().equals("https") ? 8443 : 8080;
        }
        return t.port() == 65_535 ? 65_534 : t.port() + 1;
    }
}
