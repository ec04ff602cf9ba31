package dev.corstck.tck.simulator.differential;

import static dev.corstck.tck.simulator.differential.Dsl.*;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code Access-Control-Allow-Methods} and {@code -Headers} lists: exact case for methods, any case for header names,
 * {@code *} only without credentials, empty elements tolerated, a bad token fails all (R-PFRESP-03…06).
 */
final class AllowListGroup {

    private static final String G = "allow-list";

    private AllowListGroup() {
    }

    static List<DifferentialScenario> scenarios() {
        List<DifferentialScenario> out = new ArrayList<>();
        for (String m : List.of("PUT", "DELETE", "PATCH", "patch", "FOO")) {
            String other = m.equals(m.toUpperCase(Locale.ROOT)) ? m.toLowerCase(Locale.ROOT) : m.toUpperCase(Locale.ROOT);
            for (String acam : List.of(m, other, "*", "GET, POST", ",," + m, m + ", GET", "GET", m + ";", "*, " + m)) {
                for (boolean credentials : List.of(false, true)) {
                    out.add(method(m, acam, credentials));
                }
            }
        }
        for (String h : List.of("x-a", "X-Custom-Header", "content-type")) {
            String v = h.equals("content-type") ? "application/json" : "1";
            for (String acah : List.of(h.toLowerCase(Locale.ROOT), h.toUpperCase(Locale.ROOT), "*", "x-other",
                    ",," + h, h + ", x-b", "bad name, " + h)) {
                for (boolean credentials : List.of(false, true)) {
                    out.add(header(h, v, acah, credentials));
                }
            }
        }
        authorization(out);
        return out;
    }

    private static DifferentialScenario method(String m, String acam, boolean credentials) {
        List<String> items = elements(acam);
        boolean parses = items.stream().allMatch(AllowListGroup::isToken);
        boolean allowed = parses && (items.contains(m) || (items.contains("*") && !credentials));
        FetchRequest r = request(get().withMethod(m), credentials);
        ServerScript s = ServerScript.of("/r", resp(204, ACAO, "{origin}", ACAC, "true", ACAM, acam),
                resp(200, ACAO, "{origin}", ACAC, "true"));
        return row(G, "method-" + m + "-acam[" + acam + "]" + (credentials ? "-credentials" : ""), r, at(s),
                allowed ? corsOk(PF) : error(PF)).build();
    }

    private static DifferentialScenario header(String h, String v, String acah, boolean credentials) {
        List<String> items = elements(acah);
        boolean parses = items.stream().allMatch(AllowListGroup::isToken);
        boolean allowed = parses && (items.stream().anyMatch(i -> i.equalsIgnoreCase(h))
                || (items.contains("*") && !credentials));
        FetchRequest r = request(get().withHeader(h, v), credentials);
        ServerScript s = ServerScript.of("/r", resp(204, ACAO, "{origin}", ACAC, "true", ACAH, acah),
                resp(200, ACAO, "{origin}", ACAC, "true"));
        return row(G, "header-" + h + "-acah[" + acah + "]" + (credentials ? "-credentials" : ""), r, at(s),
                allowed ? corsOk(PF) : error(PF)).build();
    }

    /** {@code *} never covers Authorization in the spec; all three engines let it (whatwg/fetch#1919). */
    private static void authorization(List<DifferentialScenario> out) {
        for (String acah : List.of("*", "*, Authorization", "authorization", "x-other")) {
            for (boolean credentials : List.of(false, true)) {
                boolean explicit = acah.toLowerCase(Locale.ROOT).contains("authorization");
                FetchRequest r = request(get().withHeader("Authorization", "Bearer t"), credentials);
                ServerScript s = ServerScript.of("/r", resp(204, ACAO, "{origin}", ACAC, "true", ACAH, acah),
                        resp(200, ACAO, "{origin}", ACAC, "true"));
                Dsl.Row row = row(G, "authorization-acah[" + acah + "]" + (credentials ? "-credentials" : ""), r,
                        at(s), explicit ? corsOk(PF) : error(PF));
                if (acah.equals("*") && !credentials) {
                    row.engines(corsOk(PF));
                }
                out.add(row.build());
            }
        }
        out.add(row(G, "authorization-star-engines-diverge-marker", get().withHeader("Authorization", "x"),
                at(ServerScript.of("/r", resp(204, ACAO, "*", ACAH, "*"), resp(200, ACAO, "*"))), error(PF))
                .engine(Engine.CHROMIUM, corsOk(PF)).engine(Engine.FIREFOX, corsOk(PF))
                .engine(Engine.WEBKIT, corsOk(PF)).build());
    }

    private static FetchRequest request(FetchRequest r, boolean credentials) {
        return credentials ? r.withCredentials(CredentialsMode.INCLUDE) : r;
    }

    private static List<String> elements(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean isToken(String s) {
        return s.chars().allMatch(c -> c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0);
    }
}
