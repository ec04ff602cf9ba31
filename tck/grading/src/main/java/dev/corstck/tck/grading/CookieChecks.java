package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.CredentialsRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cookies a target sets on a credentialed cross-site CORS response it grants: a cookie without
 * {@code SameSite=None; Secure} is never sent back on a cross-site {@code fetch()} (Lax is Chromium's default, and
 * {@code None} needs {@code Secure}; see fetch#cookie-header and RFC 6265bis). Graded only where page and target are
 * clearly cross-site; the site is approximated by the last two host labels, which can take two sites for one (a
 * missed warning), never one site for two.
 */
final class CookieChecks {

    /** The rule this check decides. */
    static final Rule RULE = CredentialsRules.COOKIE_SAMESITE_NONE;

    private CookieChecks() {
    }

    static void check(ScenarioRun run, Findings f) {
        if (!run.scenario().includesCredentials() || !run.credentialsIntended() || !crossSite(run)) {
            return;
        }
        for (Exchange e : run.exchanges()) {
            if (e.kind() != ExchangeKind.ACTUAL || e.response().isEmpty() || !run.sentOrigin(e)) {
                continue;
            }
            RawResponse r = e.response().get();
            if (!Grants.grants(r, run.origin()) || !Grants.allowsCredentials(r)) {
                continue;
            }
            for (String cookie : r.headers().all("Set-Cookie")) {
                boolean none = attribute(cookie, "samesite").filter(v -> v.equalsIgnoreCase("none")).isPresent();
                boolean secure = attribute(cookie, "secure").isPresent();
                f.judge(RULE, run)
                        .by(Engine.WIRE)
                        .expected("SameSite=None; Secure on a cookie set by a credentialed cross-site response")
                        .actual("Set-Cookie: " + cookie)
                        .violatedIf(!(none && secure));
            }
        }
    }

    /** The value of a cookie attribute ({@code ""} for a flag), when the Set-Cookie line has it. */
    static Optional<String> attribute(String setCookie, String name) {
        List<String> parts = Arrays.asList(setCookie.split(";"));
        return parts.stream().skip(1).map(String::strip).filter(p -> p.toLowerCase(Locale.ROOT).equals(name)
                || p.toLowerCase(Locale.ROOT).startsWith(name + "=")).findFirst()
                .map(p -> p.contains("=") ? p.substring(p.indexOf('=') + 1).strip() : "");
    }

    /** Answer whether page and target are certainly different sites (schemeful; fetch#determine-the-same-site-mode). */
    static boolean crossSite(ScenarioRun run) {
        Optional<FetchUrl> page = FetchUrl.parse(run.origin() + "/");
        Optional<FetchUrl> target = FetchUrl.parse(run.scenario().url());
        if (page.isEmpty() || target.isEmpty()) {
            return false;
        }
        return !page.get().scheme().equals(target.get().scheme())
                || !site(page.get().host()).equals(site(target.get().host()));
    }

    /** The host's last two labels, or the whole host for an IP address or a single label. */
    private static String site(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") || h.matches("[0-9.]+") || !h.contains(".")) {
            return h;
        }
        String[] labels = h.split("\\.");
        return labels[labels.length - 2] + "." + labels[labels.length - 1];
    }
}
