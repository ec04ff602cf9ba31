package dev.corstck.tck.catalog;

import static dev.corstck.tck.catalog.Level.INFO;

import java.util.List;
import org.apiguardian.api.API;

/** Rules from Fetch §3.6 {@code X-Content-Type-Options} and §3.7 {@code Cross-Origin-Resource-Policy}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class CorpRules {

    private static final SpecRef SECTION =
            SpecRef.fetch("cross-origin-resource-policy-header", "3.7 `Cross-Origin-Resource-Policy` header");

    /** See {@code corp.value-valid}. */
    public static final Rule VALUE_VALID = Rule.of("corp.value-valid", INFO,
            SpecRef.fetch("http-cross-origin-resource-policy", "3.7 `Cross-Origin-Resource-Policy` header"),
            "Cross-Origin-Resource-Policy, when sent, is exactly same-origin, same-site or cross-origin",
            "Other values count as absent; COEP pages need `cross-origin` to embed no-cors resources")
            .labels("R-CORP-01", "R-COEP-01")
            .graded();

    /** See {@code corp.nosniff-json}. */
    public static final Rule NOSNIFF_JSON = Rule.of("corp.nosniff-json", INFO,
            SpecRef.fetch("x-content-type-options-header", "3.6 `X-Content-Type-Options` header"),
            "JSON responses carry their real Content-Type and X-Content-Type-Options: nosniff",
            "That lets browsers block no-cors reads of the data (ORB/CORB) that CORS never guarded")
            .labels("R-NOCORS-04")
            .graded();

    private CorpRules() {
    }

    static RuleGroup group() {
        return new RuleGroup("corp", "Cross-Origin-Resource-Policy and no-cors reads", SECTION, List.of(
                VALUE_VALID,
                NOSNIFF_JSON));
    }
}
