package dev.corstck.tck.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Point out what a reviewer of a discovered policy should know, each tied to the catalog rule it bears on. */
final class ObservationFinder {

    private final Probed p;
    private final List<Observation> out = new ArrayList<>();

    private ObservationFinder(Probed probed) {
        this.p = probed;
    }

    static List<Observation> find(Probed probed) {
        ObservationFinder finder = new ObservationFinder(probed);
        finder.origins();
        finder.lookAlikes();
        finder.loopbackPairs();
        finder.perPath();
        finder.preflights();
        return List.copyOf(finder.out);
    }

    private void origins() {
        for (OriginAnswer a : p.primary()) {
            String o = a.candidate().origin();
            boolean withCreds = a.credentials().equals("true");
            if (a.candidate().kind() == OriginKind.RANDOM && a.access() == Access.EXACT) {
                add("reflects any origin: " + o + " was allowed" + (withCreds ? ", with credentials" : ""),
                        withCreds ? "security.reflect-any-origin-with-credentials" : "security.reflect-any-origin");
            } else if (a.candidate().kind() == OriginKind.RANDOM && a.access() == Access.WILDCARD) {
                add("answers Access-Control-Allow-Origin: * to every origin: right only for public data",
                        "security.wildcard-origin");
                if (withCreds) {
                    add("sends Access-Control-Allow-Credentials: true with '*': browsers refuse every credentialed "
                            + "call", "seed.wildcard-with-credentials", "security.wildcard-origin-with-credentials");
                }
            } else if (a.candidate().kind() == OriginKind.NULL && a.access() == Access.EXACT) {
                add("allows Origin: null" + (withCreds ? " with credentials" : "") + "; any sandboxed iframe sends it",
                        "origin.null-handling", withCreds ? "security.null-origin-trusted-with-credentials"
                                : "security.null-origin-trusted");
            } else if (a.access() == Access.OTHER_VALUE) {
                boolean several = a.exchange().response().map(r -> r.headers().count("Access-Control-Allow-Origin"))
                        .orElse(0) > 1;
                add(o + " got Access-Control-Allow-Origin '" + a.allowOrigin() + "', which fails the CORS check",
                        several ? "cors-check.acao-single" : "cors-check.acao-exact");
            }
            if (a.access() == Access.EXACT && !a.credentials().isEmpty() && !withCreds) {
                add(o + " got Access-Control-Allow-Credentials '" + a.credentials() + "', not exactly 'true'",
                        "cors-check.acac-true");
            }
        }
    }

    private void lookAlikes() {
        for (OriginAnswer a : p.lookAlikes()) {
            if (a.access() == Access.EXACT) {
                boolean withCreds = a.allowsWithCredentials();
                add(a.candidate().origin() + " was allowed" + (withCreds ? " with credentials" : "")
                        + ": it only imitates " + a.candidate().imitates(),
                        a.candidate().kind().securityRule(withCreds).orElse("security.reflect-any-origin"));
            }
        }
    }

    private void loopbackPairs() {
        for (String path : p.paths()) {
            for (OriginAnswer a : Discoverer.specificAllowed(p.origins().get(path))) {
                String o = a.candidate().origin();
                String twin = o.contains("://localhost") ? o.replace("://localhost", "://127.0.0.1")
                        : o.replace("://127.0.0.1", "://localhost");
                boolean refused = p.answer(path, twin).map(t -> t.access() == Access.ABSENT).orElse(false);
                String text = o + " is allowed but " + twin + " is not; they are different origins";
                if (!twin.equals(o) && refused && out.stream().noneMatch(x -> x.text().equals(text))) {
                    add(text, "seed.localhost-vs-127");
                }
            }
        }
    }

    private void perPath() {
        boolean anyCors = p.probeOrigin().map(o -> p.paths().stream().anyMatch(path -> p.answer(path, o)
                .map(a -> a.access().allowsWithoutCredentials()).orElse(false))).orElse(false);
        for (String path : p.paths()) {
            Optional<OriginAnswer> withOrigin = p.probeOrigin().flatMap(o -> p.answer(path, o));
            int without = p.withoutOrigin().get(path).response().map(r -> r.status()).orElse(0);
            int with = withOrigin.flatMap(a -> a.exchange().response()).map(r -> r.status()).orElse(0);
            if ((without >= 500 || without == 403) && with > 0 && with < 400) {
                add("GET " + path + " without Origin got " + without + " but " + with + " with one: requests without "
                        + "Origin (health checks, server-to-server calls) are refused", "seed.callback-no-origin-guard");
            }
            if (anyCors && withOrigin.isPresent() && withOrigin.get().access() == Access.ABSENT) {
                add("GET " + path + " has no CORS headers for " + withOrigin.get().candidate().origin()
                        + ", which other paths allow", "seed.cors-before-routes");
            }
            withOrigin.filter(a -> a.access() == Access.EXACT).flatMap(a -> a.exchange().response())
                    .filter(r -> r.headers().all("Vary").stream().noneMatch(v -> v.toLowerCase(Locale.ROOT)
                            .matches(".*\\b(origin|\\*)\\b.*")))
                    .ifPresent(r -> add("GET " + path + " echoes the origin without Vary: Origin; caches can serve "
                            + "one origin's answer to another", "http-cache.vary-origin"));
        }
    }

    private void preflights() {
        for (String path : p.paths()) {
            List<PreflightAnswer> pre = p.preflights().stream().filter(a -> a.path().equals(path)).toList();
            List<Integer> failed = pre.stream().filter(a -> a.header().isEmpty())
                    .filter(a -> Discoverer.METHODS.contains(a.method())).flatMap(a -> a.status().stream())
                    .filter(s -> s < 200 || s > 299).toList();
            if (!failed.isEmpty() && failed.size() == Discoverer.METHODS.size()) {
                int status = failed.get(0);
                add("every preflight of " + path + " got status " + status,
                        status >= 300 && status < 400 ? "preflight.no-redirect"
                                : status == 401 || status == 403 ? "preflight.no-credentials-required"
                                : "preflight.status-ok", "seed.preflight-handled");
            }
            verdict(pre, "Authorization").filter(v -> v != PreflightAnswer.Verdict.ALLOWED)
                    .filter(v -> verdict(pre, "Content-Type").orElse(v) == PreflightAnswer.Verdict.ALLOWED)
                    .ifPresent(v -> add("preflights of " + path + " refuse Authorization but allow Content-Type: "
                            + "bearer-token calls fail", "seed.authorization-in-allowed-headers"));
        }
        maxAge();
    }

    private void maxAge() {
        List<String> values = p.preflights().stream().filter(a -> a.allowed() == PreflightAnswer.Verdict.ALLOWED)
                .flatMap(a -> a.exchange().response().stream())
                .map(r -> r.headers().combined("Access-Control-Max-Age").orElse("")).distinct().toList();
        for (String v : values) {
            if (v.isEmpty()) {
                add("allowed preflights carry no Access-Control-Max-Age: browsers repeat them after 5 s",
                        "preflight-cache.max-age-present");
            } else if (!v.matches("\\d+")) {
                add("Access-Control-Max-Age '" + v + "' is not delta-seconds", "preflight-cache.max-age-syntax");
            } else if (v.length() > 9 || Long.parseLong(v) > 7200) {
                add("Access-Control-Max-Age " + v + " is above 7200: browsers clamp it",
                        "preflight-cache.max-age-portable");
            }
        }
    }

    private static Optional<PreflightAnswer.Verdict> verdict(List<PreflightAnswer> pre, String header) {
        return pre.stream().filter(a -> a.header().equals(header)).map(PreflightAnswer::allowed).findFirst();
    }

    private void add(String text, String... rules) {
        out.add(Observation.of(text, rules));
    }
}
