package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;
import static dev.corstck.tck.catalog.Level.SECURITY;

import java.util.ArrayList;
import java.util.List;

/**
 * Security lints from the misconfiguration classes scanners look for, following Fetch's background reading "Basic
 * safe CORS protocol setup". Each origin-matching class is graded twice: without credentials it exposes only what
 * {@code *} would (INFO), with credentials any matching site reads the user's data (SECURITY).
 */
final class SecurityRules {

    private static final SpecRef SECTION =
            SpecRef.fetch("basic-safe-cors-protocol-setup", "Background reading: Basic safe CORS protocol setup");
    private static final SpecRef CREDENTIALS =
            SpecRef.fetch("cors-protocol-and-credentials", "3.3.5 CORS protocol and credentials");

    private SecurityRules() {
    }

    static RuleGroup group() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(pair("reflect-any-origin", "Arbitrary origins are not reflected into Access-Control-Allow-Origin",
                "Then https://random-3f2a.example is trusted like the real front end", "S-01"));
        List<Rule> nullOrigin = pair("null-origin-trusted", "`Origin: null` is not allowed",
                "Any sandboxed iframe or data: page sends `null`", "S-02", "R-ORIGIN-04");
        // No main-job target trusts null without credentials: RecordedFactsTests shows Jetty's defaults doing it.
        rules.add(nullOrigin.get(0).checkedBy("SecurityLints", "RecordedFactsTests"));
        rules.add(nullOrigin.get(1));
        rules.addAll(pair("prefix-match", "A trusted origin followed by more host (https://trusted.example.evil.test) "
                + "is not allowed", "Such a match checks a prefix, not the whole origin", "S-03"));
        rules.addAll(pair("suffix-match", "A host merely ending in a trusted name (https://eviltrusted.example) is not "
                + "allowed", "Such a match checks a suffix without a dot boundary", "S-03"));
        rules.addAll(pair("unescaped-dot", "A host with another character in place of a trusted dot "
                + "(https://trustedxexample) is not allowed", "Such a match comes from an unescaped regex dot", "S-03"));
        rules.addAll(pair("special-character-bypass", "A trusted origin followed by `%60`, a backtick, `_` or `!` and "
                + "more host is not allowed", "Such a match means the server parses origins unlike browsers", "S-03"));
        rules.addAll(pair("scheme-downgrade", "The http: origin of a trusted https: site is not allowed",
                "A network attacker can inject script into the http: site", "S-03", "R-ORIGIN-01"));
        rules.addAll(pair("any-subdomain", "Subdomains of a trusted site are allowed only when listed",
                "One XSS or taken-over subdomain then reads the API", "S-03"));
        rules.addAll(pair("any-port", "Other ports of a trusted host are not allowed",
                "Another service on the same host becomes a trusted origin", "S-03", "R-ORIGIN-01"));
        rules.add(Rule.of("security.wildcard-origin", INFO, SECTION,
                        "`Access-Control-Allow-Origin: *` is used only for data that is public on the internet",
                        "Data guarded by network position (intranet, IP allow-list) leaks to every site")
                .labels("S-04").detectedBy(Detection.OPERATOR).gradedOn(CredentialsScope.WITHOUT_CREDENTIALS)
                        .notGraded("whether the data is public on the internet only the operator knows; `discover` "
                                + "records every `*` it sees under this rule"));
        rules.add(Rule.of("security.wildcard-origin-with-credentials", SECURITY, CREDENTIALS,
                        "`Access-Control-Allow-Origin: *` is never paired with Allow-Credentials: true",
                        "The pair shows intent to share credentialed data with every site; the usual fix reflects")
                .labels("S-04").gradedOn(CredentialsScope.WITH_CREDENTIALS)
                        .checkedBy("HeaderInvariants"));
        rules.add(Rule.of("security.csrf-simple-request", SECURITY,
                        SpecRef.fetch("cors-safelisted-request-header", "2.2.2 Headers"),
                        "State-changing endpoints refuse cross-origin form-shaped POSTs (text/plain, urlencoded, "
                                + "multipart)", "Those are sent without a preflight: CORS never stops them. The wire "
                                + "shows a status, never a side effect: a 4xx passes, a 2xx is INFO with the advice "
                                + "(require the clients' preflighted shape, check Origin, or use a CSRF token)")
                .labels("S-05", "R-REQHDR-05", "R-NOCORS-03").detectedBy(Detection.POLICY)
                        .checkedBy("CsrfChecks"));
        rules.add(Rule.of("security.preflight-actual-consistent", SECURITY, SECTION,
                        "Preflight and actual responses agree on which origins are allowed",
                        "A preflight-only check leaves actual requests open; the reverse hides bugs")
                .labels("S-06")
                        .checkedBy("PreflightChecks"));
        return new RuleGroup("security", "Security lints", SECTION, rules);
    }

    /** Grade one matching mistake without credentials (INFO) and with credentials (SECURITY). */
    private static List<Rule> pair(String name, String title, String why, String... labels) {
        return List.of(
                Rule.of("security." + name, INFO, SECTION, title + " (requests without credentials)", why)
                        .labels(labels).gradedOn(CredentialsScope.WITHOUT_CREDENTIALS).checkedBy("SecurityLints"),
                Rule.of("security." + name + "-with-credentials", SECURITY, CREDENTIALS,
                        title + " with Allow-Credentials: true", why + "; with credentials it reads the user's data")
                        .labels(labels).gradedOn(CredentialsScope.WITH_CREDENTIALS).checkedBy("SecurityLints"));
    }
}
