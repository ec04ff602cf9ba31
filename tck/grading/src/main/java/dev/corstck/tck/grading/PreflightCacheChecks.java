package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.PreflightCacheRules;
import dev.corstck.tck.catalog.PolicyRules;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * {@code Access-Control-Max-Age} on preflight responses: delta-seconds syntax always, presence, portability and the
 * declared value on preflights that grant (see fetch#http-access-control-max-age).
 */
final class PreflightCacheChecks {

    // Compiled once: String.matches compiles its pattern on every call, and this runs for every preflight.
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Chromium's cap; WebKit caps at 600 (tck/SPEC-NOTES.md#max-age). */
    private static final long PORTABLE_MAX = 7200;

    private PreflightCacheChecks() {
    }

    static void check(ScenarioRun run, Optional<GradingPolicy> policy, Findings f) {
        Optional<RawResponse> preflight = run.response(ExchangeKind.PREFLIGHT);
        if (preflight.isEmpty()) {
            return;
        }
        RawResponse r = preflight.get();
        List<String> values = r.headers().all(Grants.MAX_AGE);
        String actual = values.isEmpty() ? "no Access-Control-Max-Age" : "Access-Control-Max-Age: "
                + String.join(" | ", values);
        OptionalInt seconds = parse(values);
        if (!values.isEmpty()) {
            f.judge(PreflightCacheRules.MAX_AGE_SYNTAX, run)
                    .by(Engine.WIRE)
                    .expected("one delta-seconds value: digits only")
                    .actual(actual)
                    .violatedIf(seconds.isEmpty());
        }
        if (!r.isOk() || !Grants.grants(r, run.origin()) || !PreflightChecks.meantToPass(run)) {
            return;
        }
        seconds.ifPresent(s -> f.judge(PreflightCacheRules.MAX_AGE_PORTABLE, run)
                .by(Engine.WIRE)
                .expected("at most " + PORTABLE_MAX + " seconds (600 is honoured everywhere)")
                .actual(actual)
                .violatedIf(s > PORTABLE_MAX));
        OptionalInt declared = policy.map(p -> p.cors().maxAge()).orElse(OptionalInt.empty());
        if (policy.isEmpty() || declared.isPresent()) {
            f.judge(PreflightCacheRules.MAX_AGE_PRESENT, run)
                    .by(Engine.WIRE)
                    .expected("Access-Control-Max-Age on a granting preflight response")
                    .actual(actual)
                    .violatedIf(values.isEmpty());
        }
        if (declared.isPresent() && run.originIntended()) {
            f.judge(PolicyRules.DECLARED_MAX_AGE, run)
                    .by(Engine.WIRE)
                    .expected("Access-Control-Max-Age: " + declared.getAsInt() + " as the policy declares")
                    .actual(actual)
                    .violatedIf(seconds.isEmpty() || seconds.getAsInt() != declared.getAsInt());
        }
    }

    /** The value as delta-seconds, when there is exactly one line of digits (a huge value counts as valid). */
    static OptionalInt parse(List<String> values) {
        if (values.size() != 1 || !DIGITS.matcher(values.get(0).strip()).matches()) {
            return OptionalInt.empty();
        }
        String digits = values.get(0).strip();
        return OptionalInt.of(digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits));
    }
}
