package dev.corstck.tck.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Point out what a reviewer of a discovered policy should know, each tied to the catalog rule it bears on. Each path
 * is looked at on its own; the same observation on several paths is given once, naming the paths when not all of
 * them show it.
 */
final class ObservationFinder {

    private final Probed p;
    /** Observations in order: text and rules, to the paths that showed them ("" for one not tied to a path). */
    private final Map<List<String>, List<String>> onPaths = new LinkedHashMap<>();

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
        return finder.merged();
    }

    private List<Observation> merged() {
        List<Observation> all = new ArrayList<>();
        onPaths.forEach((key, paths) -> {
            String text = key.get(0);
            String[] rules = key.subList(1, key.size()).toArray(String[]::new);
            List<String> named = paths.stream().filter(path -> !path.isEmpty()).toList();
            all.add(Observation.of(named.isEmpty() || named.size() == p.paths().size() ? text
                    : text + " (on " + String.join(", ", named) + ")", rules));
        });
        return List.copyOf(all);
    }

    private void origins() {
        for (String path : p.paths()) {
            for (OriginAnswer a : p.origins().get(path)) {
                origin(path, a);
            }
        }
    }

    private void origin(String path, OriginAnswer a) {
        String o = a.candidate().origin();
        boolean withCreds = a.credentials().equals("true");
        if (a.candidate().kind() == OriginKind.RANDOM && a.access() == Access.EXACT) {
            addOn(path, "reflects any origin: " + o + " was allowed" + (withCreds ? ", with credentials" : ""),
                    withCreds ? "security.reflect-any-origin-with-credentials" : "security.reflect-any-origin");
        } else if (a.candidate().kind() == OriginKind.RANDOM && a.access() == Access.WILDCARD) {
            addOn(path, "answers Access-Control-Allow-Origin: * to every origin: right only for public data",
                    "security.wildcard-origin");
            if (withCreds) {
                addOn(path, "sends Access-Control-Allow-Credentials: true with '*': browsers refuse every credentialed "
                        + "call", "seed.wildcard-with-credentials", "security.wildcard-origin-with-credentials");
            }
        } else if (a.candidate().kind() == OriginKind.NULL && a.access() == Access.EXACT) {
            addOn(path, "allows Origin: null" + (withCreds ? " with credentials" : "")
                    + "; any sandboxed iframe sends it",
                    "origin.null-handling", withCreds ? "security.null-origin-trusted-with-credentials"
                            : "security.null-origin-trusted");
        } else if (a.access() == Access.OTHER_VALUE) {
            boolean several = a.exchange().response().map(r -> r.headers().count("Access-Control-Allow-Origin"))
                    .orElse(0) > 1;
            addOn(path, o + " got Access-Control-Allow-Origin '" + a.allowOrigin() + "', which fails the CORS check",
                    several ? "cors-check.acao-single" : "cors-check.acao-exact");
        }
        if (a.access() == Access.EXACT && !a.credentials().isEmpty() && !withCreds) {
            addOn(path, o + " got Access-Control-Allow-Credentials '" + a.credentials() + "', not exactly 'true'",
                    "cors-check.acac-true");
        }
    }

    private void lookAlikes() {
        List<List<OriginAnswer>> sent = new ArrayList<>();
        for (String path : p.paths()) {
            List<OriginAnswer> looks = p.lookAlikes().getOrDefault(path, List.of());
            if (looks.isEmpty() || sent.contains(looks)) {
                continue; // shared with an earlier path that allows the same origins: sent there, reported there
            }
            sent.add(looks);
            for (OriginAnswer a : looks) {
                if (a.access() == Access.EXACT) {
                    boolean withCreds = a.allowsWithCredentials();
                    add(a.candidate().origin() + " was allowed" + (withCreds ? " with credentials" : "")
                            + (p.paths().size() > 1 ? " on GET " + path : "") + ": it only imitates "
                            + a.candidate().imitates(),
                            a.candidate().kind().securityRule(withCreds).orElse("security.reflect-any-origin"));
                }
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
                if (!twin.equals(o) && refused) {
                    addOn(path, o + " is allowed but " + twin + " is not; they are different origins",
                            "seed.localhost-vs-127");
                }
            }
        }
    }

    private void perPath() {
        Optional<String> lets = p.paths().stream().filter(path -> p.probeOrigin(path).isPresent()).findFirst();
        for (String path : p.paths()) {
            Optional<OriginAnswer> own = p.probeOrigin(path);
            Optional<OriginAnswer> withOrigin = own.isPresent() ? own
                    : p.preflightOrigin().get(path).flatMap(o -> p.answer(path, o));
            int without = p.withoutOrigin().get(path).response().map(r -> r.status()).orElse(0);
            int with = withOrigin.flatMap(a -> a.exchange().response()).map(r -> r.status()).orElse(0);
            if ((without >= 500 || without == 403) && with > 0 && with < 400) {
                add("GET " + path + " without Origin got " + without + " but " + with + " with one: requests without "
                        + "Origin (health checks, server-to-server calls) are refused", "seed.callback-no-origin-guard");
            }
            if (lets.isPresent() && own.isEmpty() && !p.getNotRouted(path) && withOrigin.isPresent()
                    && withOrigin.get().access() == Access.ABSENT) {
                add("GET " + path + " lets no origin in (no CORS headers for " + withOrigin.get().candidate().origin()
                        + ", which " + lets.get() + " allows): a route without CORS, or CORS applied after the "
                        + "routes", "seed.cors-before-routes");
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
        addOn("", text, rules);
    }

    /** Note {@code text} as seen on {@code path}: merged with the same observation on other paths. */
    private void addOn(String path, String text, String... rules) {
        List<String> key = new ArrayList<>();
        key.add(text);
        key.addAll(List.of(rules));
        List<String> paths = onPaths.computeIfAbsent(List.copyOf(key), k -> new ArrayList<>());
        if (!paths.contains(path)) {
            paths.add(path);
        }
    }
}
