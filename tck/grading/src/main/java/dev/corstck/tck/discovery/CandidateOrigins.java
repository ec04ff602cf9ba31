package dev.corstck.tck.discovery;

import dev.corstck.fetch.origin.OriginParse;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.tck.lookalike.Attacker;
import dev.corstck.tck.lookalike.LookAlikeKind;
import dev.corstck.tck.lookalike.LookAlikes;
import dev.corstck.tck.probe.ProbeTarget;
import java.util.EnumSet;
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
        if (!(TupleOrigin.parse(trusted) instanceof OriginParse.Parsed p)) {
            return List.of(); // an allowed value that is no tuple origin has no look-alikes to build
        }
        return LookAlikes.of(p.origin(), attacker(nonce)).stream()
                .map(l -> new CandidateOrigin(l.origin(), OriginKind.of(l.kind()), trusted)).toList();
    }

    /**
     * The attacker of discovery: a domain with the run's nonce, so a target that caches or logs probes cannot confuse
     * runs; a prefix look-alike keeps the port last, a real serialized origin, so an acceptance proves the target's
     * host matching is broken; no scheme upgrade, which breaks no security rule and would exceed {@link #MAX_LOOK_ALIKES}.
     */
    private static Attacker attacker(String nonce) {
        return new Attacker("evil-" + nonce + ".example", "evil" + nonce, "evil-" + nonce,
                Attacker.PrefixForm.AFTER_HOST, EnumSet.complementOf(EnumSet.of(LookAlikeKind.SCHEME_UPGRADE)));
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
