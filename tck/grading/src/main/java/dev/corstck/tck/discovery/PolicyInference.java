package dev.corstck.tck.discovery;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.discovery.InferredPolicy.HeaderMode;
import dev.corstck.tck.discovery.InferredPolicy.OriginMode;
import dev.corstck.tck.discovery.PathPolicy.Headers;
import dev.corstck.tck.discovery.PathPolicy.Origins;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turn probe answers into an {@link InferredPolicy}: each path's own options first ({@link PathPolicy}), then, per
 * option, the value most paths share as the top level (ties go to the earlier path), and per path the options whose
 * value differs as its overrides.
 */
final class PolicyInference {

    private final Probed p;

    private PolicyInference(Probed probed) {
        this.p = probed;
    }

    static InferredPolicy infer(Probed probed) {
        return new PolicyInference(probed).infer();
    }

    private InferredPolicy infer() {
        List<PathPolicy> paths = p.paths().stream().map(path -> new PathReader(p, path).read()).toList();
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        Origins origin = shared(paths, PathPolicy::origin, "origin", evidence)
                .orElse(new Origins(OriginMode.NONE, List.of()));
        boolean nullOrigin = shared(paths, PathPolicy::nullOrigin, "", evidence).orElse(false);
        List<String> methods = shared(paths, PathPolicy::methods, "methods", evidence).orElse(List.of("GET", "HEAD"));
        Headers headers = shared(paths, PathPolicy::headers, "allowedHeaders", evidence)
                .orElse(new Headers(HeaderMode.LISTED, List.of()));
        List<String> exposed = shared(paths, PathPolicy::exposed, "exposedHeaders", evidence).orElse(List.of());
        boolean credentials = shared(paths, PathPolicy::credentials, "credentials", evidence).orElse(false);
        String maxAge = shared(paths, PathPolicy::maxAge, "maxAge", evidence).orElse("");
        int okStatus = shared(paths, PathPolicy::okStatus, "", evidence).orElse(0);
        PolicyOptions top = new PolicyOptions(origin, nullOrigin, methods, headers, exposed, credentials, maxAge,
                okStatus);
        Map<String, String> rendered = top.render();
        List<DiscoveredEndpoint> endpoints = new ArrayList<>();
        for (PathPolicy path : paths) {
            PolicyOptions own = top.with(path);
            Map<String, String> effective = own.render();
            endpoints.add(new DiscoveredEndpoint(path.path(), endpointMethods(path.path()),
                    own.credentials() ? CredentialsMode.INCLUDE : CredentialsMode.OMIT, status(path.path()),
                    PolicyOptions.overrides(rendered, effective), effective, path.evidence()));
        }
        return new InferredPolicy(top.origin().mode(), top.origin().origins(), top.nullOrigin(), top.methods(),
                top.headers().mode(), top.headers().names(), top.exposed(), top.credentials(), top.maxAge(),
                top.okStatus(), endpoints, evidence, paths.stream().flatMap(path -> path.origin().stream())
                        .flatMap(o -> o.origins().stream()).distinct().toList());
    }

    /**
     * Return the value most paths that showed one share, ties to the earlier path; note under {@code key} the
     * evidence of the first path with that value (of the first path when none showed one).
     */
    private static <T> Optional<T> shared(List<PathPolicy> paths, Function<PathPolicy, Optional<T>> option, String key,
            Map<String, List<String>> evidence) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        paths.forEach(path -> option.apply(path).ifPresent(v -> counts.merge(v, 1, Integer::sum)));
        Optional<T> best = Optional.empty();
        int most = 0;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = Optional.of(e.getKey());
                most = e.getValue();
            }
        }
        if (!key.isEmpty()) {
            Optional<T> winner = best;
            PathPolicy from = paths.stream().filter(path -> winner.isPresent() && option.apply(path).equals(winner))
                    .findFirst().orElse(paths.get(0));
            evidence.put(key, from.evidence().getOrDefault(key, List.of()));
        }
        return best;
    }

    private List<String> endpointMethods(String path) {
        List<String> methods = new ArrayList<>(List.of("GET"));
        p.preflights(path).stream().filter(a -> a.header().isEmpty() && Discoverer.METHODS.contains(a.method()))
                .filter(a -> a.allowed() == PreflightAnswer.Verdict.ALLOWED).forEach(a -> methods.add(a.method()));
        return methods;
    }

    /** The status of a GET from an allowed origin: the path's own, else the one preflights came from, else none. */
    private int status(String path) {
        Optional<String> origin = p.probeOrigin(path).map(a -> a.candidate().origin())
                .or(() -> p.preflightOrigin().get(path));
        return origin.flatMap(o -> p.answer(path, o)).flatMap(a -> a.exchange().response())
                .or(() -> p.withoutOrigin().get(path).response()).map(r -> r.status()).orElse(200);
    }

    /** Read one path's options from its answers, noting for each option what was seen. */
    private static final class PathReader {
        private final Probed p;
        private final String path;
        private final Map<String, List<String>> evidence = new LinkedHashMap<>();

        PathReader(Probed probed, String path) {
            this.p = probed;
            this.path = path;
        }

        PathPolicy read() {
            Optional<Origins> origin = origin();
            OriginMode mode = origin.map(Origins::mode).orElse(OriginMode.NONE);
            varyEvidence(mode);
            Optional<Boolean> nullOrigin = p.origins().get(path).stream()
                    .filter(a -> a.candidate().kind() == OriginKind.NULL && a.access() != Access.NO_RESPONSE)
                    .map(a -> a.access() == Access.EXACT).findFirst();
            Optional<Boolean> credentials = origin.isEmpty() || mode == OriginMode.NONE ? Optional.empty()
                    : Optional.of(mode != OriginMode.WILDCARD && p.probeOrigin(path)
                            .map(OriginAnswer::allowsWithCredentials).orElse(false));
            note("credentials", credentialsEvidence(mode));
            List<PreflightAnswer> pre = p.preflights(path);
            if (pre.isEmpty()) {
                note("methods", "not probed: no origin was allowed to send preflights from");
            }
            List<String> methods = methods(pre);
            List<String> allowed = allowedHeaders(pre);
            HeaderMode headerMode = headerMode(pre);
            String maxAge = maxAge(pre);
            int ok = okStatus(pre);
            Optional<List<String>> exposed = exposed();
            boolean preflightsCount = (origin.isEmpty() || mode != OriginMode.NONE)
                    && pre.stream().anyMatch(a -> a.allowed() != PreflightAnswer.Verdict.NO_RESPONSE);
            return new PathPolicy(path, origin, nullOrigin, known(preflightsCount, methods),
                    known(preflightsCount, new Headers(headerMode, headerMode == HeaderMode.REFLECT ? List.of()
                            : allowed)), exposed, credentials, known(preflightsCount, maxAge),
                    known(preflightsCount && ok != 0, ok), evidence);
        }

        private static <T> Optional<T> known(boolean known, T value) {
            return known ? Optional.of(value) : Optional.empty();
        }

        /** The path's origins; empty when GET is not routed there (405 to every origin, none let in). */
        private Optional<Origins> origin() {
            List<OriginAnswer> answers = p.origins().get(path);
            Optional<OriginAnswer> random = p.random(path);
            String name = random.map(a -> a.candidate().origin()).orElse("a random origin");
            if (random.isPresent() && random.get().access() == Access.EXACT) {
                note("origin", "reflects any origin: " + name + " was allowed");
                return Optional.of(new Origins(OriginMode.REFLECT_ANY, List.of()));
            }
            if (random.isPresent() && random.get().access() == Access.WILDCARD) {
                note("origin", "answers * to any origin: " + name + " got Access-Control-Allow-Origin: *");
                return Optional.of(new Origins(OriginMode.WILDCARD, List.of()));
            }
            List<OriginAnswer> allowed = Discoverer.specificAllowed(answers);
            allowed.forEach(a -> note("origin", "allowed: " + a.candidate().origin() + " (echoed exactly; "
                    + kind(a.candidate().kind()) + ")"));
            answers.stream().filter(a -> a.access() == Access.OTHER_VALUE).forEach(a -> note("origin",
                    a.candidate().origin() + " got Access-Control-Allow-Origin '" + a.allowOrigin()
                            + "': not its origin"));
            String refused = answers.stream().filter(a -> a.access() == Access.ABSENT)
                    .map(a -> a.candidate().origin()).collect(Collectors.joining(", "));
            if (!refused.isEmpty()) {
                note("origin", "refused (no Access-Control-Allow-Origin): " + refused);
            }
            p.lookAlikes().getOrDefault(path, List.of()).stream().filter(a -> a.access() == Access.EXACT)
                    .forEach(a -> note("origin", "WARNING also allowed: " + a.candidate().origin()
                            + ", a look-alike of " + a.candidate().imitates() + " ("
                            + a.candidate().kind().name().toLowerCase(Locale.ROOT) + ")"));
            if (!allowed.isEmpty()) {
                return Optional.of(new Origins(OriginMode.LISTED, allowed.stream().map(a -> a.candidate().origin())
                        .toList()));
            }
            if (p.getNotRouted(path)) {
                note("origin", "GET " + path + " is answered 405 to every origin: which origins it lets in is not "
                        + "known from GET, so it keeps the top-level origin");
                return Optional.empty();
            }
            note("origin", "no origin among " + answers.size() + " tried was allowed; name the real front end with "
                    + "--origin to test it");
            return Optional.of(new Origins(OriginMode.NONE, List.of()));
        }

        private void varyEvidence(OriginMode mode) {
            if (mode == OriginMode.WILDCARD || mode == OriginMode.NONE) {
                return;
            }
            p.probeOrigin(path).flatMap(a -> a.exchange().response())
                    .ifPresent(r -> note("origin", r.headers().all("Vary").isEmpty()
                            ? "no Vary header with the origin-dependent Access-Control-Allow-Origin"
                            : "Vary: " + String.join(", ", r.headers().all("Vary"))));
        }

        private String credentialsEvidence(OriginMode mode) {
            Optional<OriginAnswer> answer = p.probeOrigin(path);
            String origin = answer.map(a -> a.candidate().origin()).orElse("any allowed origin");
            String acac = answer.map(OriginAnswer::credentials).orElse("");
            if (mode == OriginMode.WILDCARD && !acac.isEmpty()) {
                return "Access-Control-Allow-Credentials: " + acac + " with '*': browsers refuse credentialed calls";
            }
            return acac.isEmpty() ? "no Access-Control-Allow-Credentials in the answer to " + origin
                    : "Access-Control-Allow-Credentials: " + acac + " in the answer to " + origin;
        }

        private List<String> methods(List<PreflightAnswer> pre) {
            List<String> methods = new ArrayList<>(List.of("GET", "HEAD"));
            for (PreflightAnswer a : pre.stream().filter(a -> a.header().isEmpty()).toList()) {
                if (Discoverer.METHODS.contains(a.method())) {
                    note("methods", a.method() + ": " + a.allowed().name().toLowerCase(Locale.ROOT) + describe(a));
                    if (a.allowed() == PreflightAnswer.Verdict.ALLOWED) {
                        methods.add(a.method());
                    }
                } else {
                    note("methods", a.method() + " (made up) was " + (a.allowed() == PreflightAnswer.Verdict.ALLOWED
                            ? "allowed too: any requested method is allowed" : "refused"));
                }
            }
            return methods;
        }

        private HeaderMode headerMode(List<PreflightAnswer> pre) {
            Optional<PreflightAnswer> random = pre.stream().filter(a -> !a.header().isEmpty())
                    .filter(a -> !Discoverer.HEADERS.contains(a.header())).findFirst();
            if (random.isEmpty() || random.get().allowed() != PreflightAnswer.Verdict.ALLOWED) {
                return HeaderMode.LISTED;
            }
            boolean star = random.get().exchange().response().map(r -> CorsHeaders.list(r.headers(),
                    "Access-Control-Allow-Headers").contains("*")).orElse(false);
            note("allowedHeaders", random.get().header() + " (made up) was allowed: "
                    + (star ? "Access-Control-Allow-Headers: *" : "any requested header is echoed"));
            return star ? HeaderMode.WILDCARD : HeaderMode.REFLECT;
        }

        private List<String> allowedHeaders(List<PreflightAnswer> pre) {
            List<String> allowed = new ArrayList<>();
            pre.stream().filter(a -> Discoverer.HEADERS.contains(a.header())).forEach(a -> {
                note("allowedHeaders", a.header() + ": " + a.allowed().name().toLowerCase(Locale.ROOT) + describe(a));
                if (a.allowed() == PreflightAnswer.Verdict.ALLOWED) {
                    allowed.add(a.header());
                }
            });
            return allowed;
        }

        private Optional<List<String>> exposed() {
            Optional<OriginAnswer> answer = p.probeOrigin(path);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            List<String> names = answer.flatMap(a -> a.exchange().response())
                    .map(r -> CorsHeaders.list(r.headers(), "Access-Control-Expose-Headers")).orElse(List.of());
            note("exposedHeaders", names.isEmpty() ? "no Access-Control-Expose-Headers on GET " + path
                    : "Access-Control-Expose-Headers: " + String.join(", ", names) + " on GET " + path);
            return Optional.of(names);
        }

        private String maxAge(List<PreflightAnswer> pre) {
            String raw = pre.stream().filter(a -> a.allowed() == PreflightAnswer.Verdict.ALLOWED)
                    .flatMap(a -> a.exchange().response().stream())
                    .map(r -> r.headers().combined("Access-Control-Max-Age").orElse("")).findFirst().orElse("");
            note("maxAge", raw.isEmpty() ? "no Access-Control-Max-Age on allowed preflights: browsers cache them 5 s"
                    : "Access-Control-Max-Age: " + raw + (raw.matches("\\d+") ? "" : " (not delta-seconds: ignored)"));
            return raw;
        }

        private static int okStatus(List<PreflightAnswer> pre) {
            return pre.stream().filter(a -> a.allowed() == PreflightAnswer.Verdict.ALLOWED)
                    .flatMap(a -> a.status().stream()).findFirst().orElse(0);
        }

        private void note(String option, String text) {
            evidence.computeIfAbsent(option, k -> new ArrayList<>()).add(text);
        }
    }

    static String describe(PreflightAnswer a) {
        return a.exchange().response().map(r -> " (status " + r.status()
                + r.headers().combined(a.header().isEmpty() ? "Access-Control-Allow-Methods"
                        : "Access-Control-Allow-Headers").map(v -> ", " + (a.header().isEmpty() ? "Allow-Methods: "
                        : "Allow-Headers: ") + v).orElse("") + ")")
                .orElse(" (" + a.exchange().failure().map(f -> f.describe()).orElse("no response") + ")");
    }

    private static String kind(OriginKind kind) {
        return switch (kind) {
            case SELF -> "the target's own origin";
            case SELF_VARIANT -> "a variant of the target's origin";
            case DEVELOPMENT -> "a common development origin";
            case HINT -> "given with --origin";
            case ADVERTISED -> "named by the target's Access-Control-Allow-Origin";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
