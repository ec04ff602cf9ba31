package dev.corstck.tck.discovery;

import dev.corstck.tck.discovery.InferredPolicy.HeaderMode;
import dev.corstck.tck.discovery.InferredPolicy.OriginMode;
import dev.corstck.tck.policy.ClientCredentials;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turn probe answers into an {@link InferredPolicy}, noting for each option what was seen. */
final class PolicyInference {

    private final Probed p;
    private final Map<String, List<String>> evidence = new LinkedHashMap<>();

    private PolicyInference(Probed probed) {
        this.p = probed;
    }

    static InferredPolicy infer(Probed probed) {
        return new PolicyInference(probed).infer();
    }

    private InferredPolicy infer() {
        OriginMode mode = originMode();
        varyEvidence(mode);
        List<String> origins = mode == OriginMode.LISTED ? Discoverer.specificAllowed(p.allPaths()).stream()
                .map(a -> a.candidate().origin()).toList() : List.of();
        boolean nullOrigin = p.primary().stream().anyMatch(a -> a.candidate().kind() == OriginKind.NULL
                && a.access() == Access.EXACT);
        boolean credentials = mode != OriginMode.WILDCARD && p.credentialed();
        note("credentials", credentialsEvidence(mode));
        List<PreflightAnswer> pre = preflights(p.paths().get(0));
        List<String> headers = allowedHeaders(pre);
        HeaderMode headerMode = headerMode(pre);
        return new InferredPolicy(mode, origins, nullOrigin, methods(pre), headerMode, headers, exposed(),
                credentials, maxAge(pre), okStatus(pre), endpoints(credentials), evidence);
    }

    private OriginMode originMode() {
        Optional<OriginAnswer> random = p.random();
        String name = random.map(a -> a.candidate().origin()).orElse("a random origin");
        if (random.isPresent() && random.get().access() == Access.EXACT) {
            note("origin", "reflects any origin: " + name + " was allowed");
            return OriginMode.REFLECT_ANY;
        }
        if (random.isPresent() && random.get().access() == Access.WILDCARD) {
            note("origin", "answers * to any origin: " + name + " got Access-Control-Allow-Origin: *");
            return OriginMode.WILDCARD;
        }
        List<OriginAnswer> allowed = Discoverer.specificAllowed(p.allPaths());
        allowed.forEach(a -> note("origin", "allowed: " + a.candidate().origin() + " (echoed exactly; "
                + kind(a.candidate().kind()) + ")"));
        p.primary().stream().filter(a -> a.access() == Access.OTHER_VALUE).forEach(a -> note("origin",
                a.candidate().origin() + " got Access-Control-Allow-Origin '" + a.allowOrigin() + "': not its origin"));
        String refused = p.primary().stream().filter(a -> a.access() == Access.ABSENT)
                .map(a -> a.candidate().origin()).collect(Collectors.joining(", "));
        if (!refused.isEmpty()) {
            note("origin", "refused (no Access-Control-Allow-Origin): " + refused);
        }
        p.lookAlikes().stream().filter(a -> a.access() == Access.EXACT).forEach(a -> note("origin",
                "WARNING also allowed: " + a.candidate().origin() + ", a look-alike of " + a.candidate().imitates()
                        + " (" + a.candidate().kind().name().toLowerCase(java.util.Locale.ROOT) + ")"));
        if (allowed.isEmpty()) {
            note("origin", "no origin among " + p.primary().size() + " tried was allowed; name the real front end "
                    + "with --origin to test it");
            return OriginMode.NONE;
        }
        return OriginMode.LISTED;
    }

    private void varyEvidence(OriginMode mode) {
        if (mode == OriginMode.WILDCARD || mode == OriginMode.NONE) {
            return;
        }
        p.probeOrigin().flatMap(o -> p.answer(p.paths().get(0), o)).flatMap(a -> a.exchange().response())
                .ifPresent(r -> note("origin", r.headers().all("Vary").isEmpty()
                        ? "no Vary header with the origin-dependent Access-Control-Allow-Origin"
                        : "Vary: " + String.join(", ", r.headers().all("Vary"))));
    }

    private String credentialsEvidence(OriginMode mode) {
        String origin = p.probeOrigin().orElse("any allowed origin");
        Optional<OriginAnswer> answer = p.probeOrigin().flatMap(o -> p.answer(p.paths().get(0), o));
        String acac = answer.map(OriginAnswer::credentials).orElse("");
        if (mode == OriginMode.WILDCARD && !acac.isEmpty()) {
            return "Access-Control-Allow-Credentials: " + acac + " with '*': browsers refuse credentialed calls";
        }
        return acac.isEmpty() ? "no Access-Control-Allow-Credentials in the answer to " + origin
                : "Access-Control-Allow-Credentials: " + acac + " in the answer to " + origin;
    }

    private List<PreflightAnswer> preflights(String path) {
        if (p.probeOrigin().isEmpty()) {
            note("methods", "not probed: no origin was allowed to send preflights from");
        }
        return p.preflights().stream().filter(a -> a.path().equals(path)).toList();
    }

    private List<String> methods(List<PreflightAnswer> pre) {
        List<String> methods = new ArrayList<>(List.of("GET", "HEAD"));
        List<PreflightAnswer> forMethods = pre.stream().filter(a -> a.header().isEmpty()).toList();
        for (PreflightAnswer a : forMethods) {
            if (Discoverer.METHODS.contains(a.method())) {
                note("methods", a.method() + ": " + a.allowed().name().toLowerCase(java.util.Locale.ROOT) + describe(a));
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
            note("allowedHeaders", a.header() + ": " + a.allowed().name().toLowerCase(java.util.Locale.ROOT)
                    + describe(a));
            if (a.allowed() == PreflightAnswer.Verdict.ALLOWED) {
                allowed.add(a.header());
            }
        });
        return allowed;
    }

    private List<String> exposed() {
        Optional<OriginAnswer> answer = p.probeOrigin().flatMap(o -> p.answer(p.paths().get(0), o));
        List<String> names = answer.flatMap(a -> a.exchange().response())
                .map(r -> CorsHeaders.list(r.headers(), "Access-Control-Expose-Headers")).orElse(List.of());
        note("exposedHeaders", names.isEmpty() ? "no Access-Control-Expose-Headers on GET " + p.paths().get(0)
                : "Access-Control-Expose-Headers: " + String.join(", ", names) + " on GET " + p.paths().get(0));
        return names;
    }

    private String maxAge(List<PreflightAnswer> pre) {
        String raw = pre.stream().filter(a -> a.allowed() == PreflightAnswer.Verdict.ALLOWED)
                .flatMap(a -> a.exchange().response().stream())
                .map(r -> r.headers().combined("Access-Control-Max-Age").orElse("")).findFirst().orElse("");
        note("maxAge", raw.isEmpty() ? "no Access-Control-Max-Age on allowed preflights: browsers cache them 5 s"
                : "Access-Control-Max-Age: " + raw + (raw.matches("\\d+") ? "" : " (not delta-seconds: ignored)"));
        return raw;
    }

    private int okStatus(List<PreflightAnswer> pre) {
        return pre.stream().filter(a -> a.allowed() == PreflightAnswer.Verdict.ALLOWED)
                .flatMap(a -> a.status().stream()).findFirst().orElse(0);
    }

    private List<DiscoveredEndpoint> endpoints(boolean credentials) {
        List<DiscoveredEndpoint> out = new ArrayList<>();
        for (String path : p.paths()) {
            List<String> methods = new ArrayList<>(List.of("GET"));
            preflights(path).stream().filter(a -> a.header().isEmpty() && Discoverer.METHODS.contains(a.method()))
                    .filter(a -> a.allowed() == PreflightAnswer.Verdict.ALLOWED).forEach(a -> methods.add(a.method()));
            int status = p.probeOrigin().flatMap(o -> p.answer(path, o)).flatMap(a -> a.exchange().response())
                    .or(() -> p.withoutOrigin().get(path).response()).map(r -> r.status()).orElse(200);
            out.add(new DiscoveredEndpoint(path, methods, credentials ? ClientCredentials.INCLUDE
                    : ClientCredentials.OMIT, status));
        }
        return out;
    }

    private static String describe(PreflightAnswer a) {
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
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private void note(String option, String text) {
        evidence.computeIfAbsent(option, k -> new ArrayList<>()).add(text);
    }
}
