package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;
import static dev.corstck.tck.catalog.Level.MUST;
import static dev.corstck.tck.catalog.Level.SHOULD;

import java.util.List;

/** Rules from Fetch §4.4 HTTP fetch and §4.5 HTTP-redirect fetch. */
final class RedirectRules {

    private static final SpecRef SECTION = SpecRef.fetch("http-redirect-fetch", "4.5 HTTP-redirect fetch");
    private static final SpecRef REDIRECT = SpecRef.fetch("concept-http-redirect-fetch", "4.5 HTTP-redirect fetch");

    private RedirectRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("redirect", "Redirects", SECTION, List.of(
                Rule.of("redirect.cors-headers-on-hops", MUST, SpecRef.fetch("concept-http-fetch", "4.4 HTTP fetch"),
                        "Every redirect answering a CORS request passes the CORS check itself",
                        "The browser checks each cross-origin hop before following it; script never sees the 3xx")
                        .labels("R-REDIR-01")
                        .checkedBy("RedirectChecks", "RedirectChecksTests"),
                Rule.of("redirect.no-userinfo", MUST, REDIRECT,
                        "Location carries no user name or password",
                        "A CORS redirect to a URL with credentials is a network error")
                        .labels("R-REDIR-05")
                        .checkedBy("RedirectChecks", "RedirectChecksTests"),
                Rule.of("redirect.http-location", MUST, REDIRECT,
                        "Location parses as an http or https URL",
                        "Redirects to data:, file: or unparsable URLs are network errors for fetch()")
                        .labels("R-REDIR-06")
                        .checkedBy("RedirectChecks", "RedirectChecksTests"),
                Rule.of("redirect.tainted-origin-accepted", SHOULD,
                        SpecRef.fetch("concept-request-tainted-origin", "2.2.5 Requests"),
                        "A target reached through a cross-origin redirect accepts `Origin: null` (`*` or `null`)",
                        "After such a hop the browser sends `null` and checks the final response against it")
                        .labels("R-ORIGIN-05", "R-REDIR-02").detectedBy(Detection.POLICY)
                        .checkedBy("RedirectChecks", "RedirectChecksTests"),
                Rule.of("redirect.target-answers-preflight", MUST, REDIRECT,
                        "A redirect target answers its own preflight for preflighted requests",
                        "The browser preflights the new URL again; the first preflight does not carry over")
                        .labels("R-REDIR-03").detectedBy(Detection.POLICY)
                        .checkedBy("RedirectChecks", "RedirectChecksTests"),
                Rule.of("redirect.at-most-20", MUST, REDIRECT.at("redirect count step"),
                        "A redirect chain ends within 20 hops",
                        "The 21st redirect is a network error")
                        .labels("R-REDIR-04")
                        .checkedBy("RedirectChecks", "RedirectChecksTests"),
                Rule.of("redirect.keeps-method", INFO, REDIRECT,
                        "Redirects that must keep method and body use 307 or 308",
                        "301/302 turn POST into GET, 303 anything into GET; Authorization is dropped across origins")
                        .labels("R-REDIR-07")
                        .checkedBy("RedirectChecks", "RedirectChecksTests")));
    }
}
