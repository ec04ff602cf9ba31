package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;
import static dev.corstck.tck.catalog.Level.SHOULD;

import java.util.List;

/** Rules from Fetch §3.1 Cookies and §3.3.5 CORS protocol and credentials. */
final class CredentialsRules {

    private static final SpecRef SECTION =
            SpecRef.fetch("cors-protocol-and-credentials", "3.3.5 CORS protocol and credentials");

    private CredentialsRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("credentials", "Credentials and cookies", SECTION, List.of(
                Rule.of("credentials.cookie-samesite-none", SHOULD,
                        SpecRef.fetch("determine-the-same-site-mode", "3.1.3 Cookie infrastructure"),
                        "Cookies meant for cross-site credentialed calls are set with SameSite=None; Secure",
                        "Lax (the default in Chromium) and Strict cookies are not sent on cross-site fetches")
                        .labels("R-CRED-03").gradedOn(CredentialsScope.WITH_CREDENTIALS)
                        .checkedBy("CookieChecks", "CookieChecksTests"),
                Rule.of("credentials.set-cookie-despite-denial", INFO,
                        SpecRef.fetch("set-cookie-header", "3.1.2 `Set-Cookie` header"),
                        "Set-Cookie on a credentialed response is stored even when its CORS check fails",
                        "A CORS denial does not undo the session cookie the same response set")
                        .labels("R-CRED-02").detectedBy(Detection.BROWSER)
                        .gradedOn(CredentialsScope.WITH_CREDENTIALS)
                        .notGraded("a fact about browsers, not about the server: the simulator models it"),
                Rule.of("credentials.third-party-cookies", INFO,
                        SpecRef.fetch("concept-request-credentials-mode", "2.2.5 Requests"),
                        "A third-party API may get no cookies at all, whatever its CORS headers say",
                        "WebKit blocks and Firefox partitions third-party cookies by default; Chromium allows them")
                        .labels("R-CRED-04").detectedBy(Detection.BROWSER)
                        .gradedOn(CredentialsScope.WITH_CREDENTIALS)
                        .notGraded("browser policy (third-party cookie blocking and partitioning), not a property of"
                                + " the server")));
    }
}
