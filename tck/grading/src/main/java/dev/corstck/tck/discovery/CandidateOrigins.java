package dev.corstck.tck.discovery;

import dev.corstck.tck.probe.ProbeTarget;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generate the origins discovery tries: the first round, then look-alikes of each origin the target allows. */
final class CandidateOrigins {

    /** Local development front ends often allowed during development (React, Vite, Angular, ...). */
    static final List<String> DEVELOPMENT = List.of("http://localhost:3000", "http://127.0.0.1:3000",
            "http://localhost:5173", "http://127.0.0.1:5173", "http://localhost:4200", "http://localhost:8080",
            "http://localhost:8000", "https://localhost", "https://app.localhost");

    /** The most look-alikes {@link #lookAlikes} returns for one origin. */
    static final int MAX_LOOK_ALIKES = 10;

    private CandidateOrigins() {
    }

    /** Return the first round: a random origin, the target's own origin and variants, dev origins, null, hints. */
    static List<CandidateOrigin> firstRound(ProbeTarget target, List<String> hints, String nonce) {
        Map<String, CandidateOrigin> out = new LinkedHashMap<>();
        add(out, "https://random-" + nonce + ".example", OriginKind.RANDOM);
        add(out, target.origin(), OriginKind.SELF);
        String other = target.isHttps() ? "http" : "https";
        add(out, new ProbeTarget(other, target.host(), target.port()).origin(), OriginKind.SELF_VARIANT);
        swapLoopback(target.host()).ifPresent(h ->
                add(out, new ProbeTarget(target.scheme(), h, target.port()).origin(), OriginKind.SELF_VARIANT));
        hints.forEach(h -> add(out, h, OriginKind.HINT));
        DEVELOPMENT.forEach(d -> add(out, d, OriginKind.DEVELOPMENT));
        add(out, "null", OriginKind.NULL);
        return List.copyOf(out.values());
    }

    /** Return origins that only imitate {@code trusted}: each accepted one is a broken allow-list. */
    static List<CandidateOrigin> lookAlikes(String trusted, String nonce) {
        URI uri = URI.create(trusted);
        String scheme = uri.getScheme();
        String host = uri.getHost();
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        String evil = "evil-" + nonce + ".example";
        List<CandidateOrigin> out = new ArrayList<>();
        out.add(look(scheme + "://" + host + "." + evil + port, OriginKind.PREFIX, trusted));
        out.add(look(scheme + "://evil" + nonce + host + port, OriginKind.SUFFIX, trusted));
        if (host.contains(".")) {
            out.add(look(scheme + "://" + host.replaceFirst("\\.", "x") + port, OriginKind.UNESCAPED_DOT, trusted));
        }
        for (String special : List.of("%60", "`", "_", "!")) {
            out.add(look(scheme + "://" + host + special + "." + evil + port, OriginKind.SPECIAL_CHARACTER, trusted));
        }
        if (scheme.equals("https")) {
            out.add(look("http://" + host + port, OriginKind.SCHEME_VARIANT, trusted)); // a downgrade, not an upgrade
        }
        out.add(look(scheme + "://evil-" + nonce + "." + host + port, OriginKind.SUBDOMAIN, trusted));
        int otherPort = uri.getPort() == -1 ? 8443 : uri.getPort() + 1;
        out.add(look(scheme + "://" + host + ":" + otherPort, OriginKind.PORT_VARIANT, trusted));
        return out;
    }

    private static CandidateOrigin look(String origin, OriginKind kind, String trusted) {
        return new CandidateOrigin(origin, kind, trusted);
    }

    private static void add(Map<String, CandidateOrigin> out, String origin, OriginKind kind) {
        out.putIfAbsent(origin, CandidateOrigin.of(origin, kind));
    }

    private static java.util.Optional<String> swapLoopback(String host) {
        if (host.equals("localhost")) {
            return java.util.Optional.of("127.0.0.1");
        }
        return host.equals("127.0.0.1") ? java.util.Optional.of("localhost") : java.util.Optional.empty();
    }
}
