package dev.corstck.tck.explain;

import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * On a live server, find which requested header a failing preflight is about: ask again for the method alone and
 * for each header alone. Servers that refuse one header often refuse the whole preflight (no
 * {@code Access-Control-Allow-Methods} at all), and browsers check the method first, so the console names the
 * method ("Method PUT is not allowed") while the cause is the header.
 */
final class PreflightDiagnosis {

    private static final Set<BlockReason> PREFLIGHT_GRANTS = EnumSet.of(BlockReason.METHOD_DISALLOWED,
            BlockReason.HEADER_DISALLOWED, BlockReason.AUTHORIZATION_NOT_COVERED_BY_WILDCARD,
            BlockReason.PREFLIGHT_MISSING_ALLOW_ORIGIN);
    private static final int MAX_HEADERS = 8;

    private PreflightDiagnosis() {
    }

    /** What the extra preflights showed, and the requested headers the server refuses (empty when none). */
    record Result(List<String> lines, List<String> refusedHeaders) {

        static final Result NONE = new Result(List.of(), List.of());
    }

    static Result of(LiveEvidence live, FetchRequest request, Optional<RawRequest> preflight,
            Collection<EngineVerdict> verdicts) {
        boolean relevant = verdicts.stream().anyMatch(v -> v.block().map(b -> PREFLIGHT_GRANTS.contains(b.reason()))
                .orElse(false));
        Optional<FetchUrl> url = FetchUrl.parse(request.url());
        if (!relevant || preflight.isEmpty() || url.isEmpty()) {
            return Result.NONE;
        }
        String method = preflight.get().headers().first("Access-Control-Request-Method").orElse(request.method());
        List<String> names = preflight.get().headers().first("Access-Control-Request-Headers")
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        if (names.isEmpty()) {
            return Result.NONE;
        }
        String target = url.get().origin().serialize();
        String page = request.origin().serialize();
        Optional<RawResponse> full = live.probePreflight(target, url.get().target(), page, method, names);
        Optional<RawResponse> alone = live.probePreflight(target, url.get().target(), page, method, List.of());
        List<String> lines = new ArrayList<>();
        boolean methodGranted = alone.map(r -> grantsMethod(r, method)).orElse(false);
        lines.add("asked for " + method + " with no request headers, the server " + (methodGranted ? "grants it"
                : "refuses it") + " (" + alone.map(PreflightDiagnosis::summary).orElse("no response") + ")");
        List<String> refused = new ArrayList<>();
        for (String name : names.subList(0, Math.min(MAX_HEADERS, names.size()))) {
            Optional<RawResponse> r = live.probePreflight(target, url.get().target(), page, method, List.of(name));
            boolean granted = r.map(x -> grantsMethod(x, method) && grantsHeader(x, name)).orElse(false);
            if (!granted) {
                refused.add(name);
            }
            lines.add("asked for " + method + " with '" + name + "' alone, the server " + (granted ? "grants it"
                    : "refuses it") + " (" + r.map(PreflightDiagnosis::summary).orElse("no response") + ")");
        }
        if (methodGranted && !refused.isEmpty()) {
            boolean dropsMethods = full.map(r -> !r.headers().contains("Access-Control-Allow-Methods")).orElse(false);
            lines.add("so the cause is the request header" + (refused.size() > 1 ? "s " : " ") + String.join(", ",
                    refused) + ", not the method" + (dropsMethods ? ": when the server refuses a header it sends no "
                    + "Access-Control-Allow-Methods either, and browsers check the method before the headers, so "
                    + "they report '" + method + "' first" : ""));
            return new Result(lines, refused);
        }
        return new Result(lines, List.of());
    }

    private static boolean grantsMethod(RawResponse r, String method) {
        if (!r.isOk() || !r.headers().contains("Access-Control-Allow-Origin")) {
            return false;
        }
        if (Set.of("GET", "HEAD", "POST").contains(method)) {
            return true;
        }
        return list(r, "Access-Control-Allow-Methods").stream().anyMatch(m -> m.equals(method) || m.equals("*"));
    }

    private static boolean grantsHeader(RawResponse r, String name) {
        return list(r, "Access-Control-Allow-Headers").stream()
                .anyMatch(h -> h.equalsIgnoreCase(name) || h.equals("*") && !name.equalsIgnoreCase("authorization"));
    }

    private static List<String> list(RawResponse r, String header) {
        return r.headers().combined(header).map(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    private static String summary(RawResponse r) {
        StringBuilder s = new StringBuilder("status ").append(r.status());
        for (String h : List.of("Access-Control-Allow-Origin", "Access-Control-Allow-Methods",
                "Access-Control-Allow-Headers")) {
            s.append(r.headers().combined(h).map(v -> "; " + h + ": " + v).orElse("; no " + h));
        }
        return s.toString();
    }
}
