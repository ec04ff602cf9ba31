package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.CorpRules;
import dev.corstck.tck.catalog.CorsCheckRules;
import dev.corstck.tck.catalog.CredentialsRules;
import dev.corstck.tck.catalog.ExposeRules;
import dev.corstck.tck.catalog.HttpCacheRules;
import dev.corstck.tck.catalog.OriginRules;
import dev.corstck.tck.catalog.PolicyRules;
import dev.corstck.tck.catalog.PreflightCacheRules;
import dev.corstck.tck.catalog.PreflightRules;
import dev.corstck.tck.catalog.RedirectRules;
import dev.corstck.tck.catalog.SecurityRules;
import dev.corstck.tck.catalog.SeedRules;
import dev.corstck.tck.catalog.TaoRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.policy.Endpoint;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Register every grading check with the rules it declares it decides: the one place the grader, the self-tests and
 * the rule listing ({@code checkedBy}) read. Checks are laid out like the catalog, by Fetch section. A check that
 * judges a rule it does not declare is a kit bug: {@link Findings#declaredBy} refuses the finding.
 */
final class GradingChecks {

    /** Checks run on each scenario's wire results, in this order. */
    static final List<Check.PerScenario> PER_SCENARIO = List.of(
            // 2.2.2 Headers, 3.3.3 HTTP responses, 4.10 CORS check: what each response carries
            Check.each(HeaderInvariants.class, (run, policy, f) -> HeaderInvariants.check(run, f),
                    Set.of(
                            SecurityRules.WILDCARD_ORIGIN_WITH_CREDENTIALS, CorsCheckRules.ACAO_EXACT,
                            CorsCheckRules.ACAO_SINGLE, CorsCheckRules.ACAO_NOT_WILDCARD_WITH_CREDENTIALS,
                            CorsCheckRules.ACAC_TRUE, SeedRules.WILDCARD_WITH_CREDENTIALS,
                            SeedRules.CREDENTIALS_NEED_EXACT_ORIGIN, ExposeRules.SYNTAX,
                            ExposeRules.WILDCARD_LITERAL_WITH_CREDENTIALS)),
            Check.each(AcaoPresence.class, (run, policy, f) -> AcaoPresence.check(run, f),
                    Set.of(
                            CorsCheckRules.ACAO_PRESENT, CorsCheckRules.ERROR_STATUSES, SeedRules.CORS_BEFORE_ROUTES)),
            // 3.3.2 HTTP requests, 4.8 CORS-preflight fetch
            Check.each(PreflightChecks.class, (run, policy, f) -> PreflightChecks.check(run, f),
                    Set.of(
                            SecurityRules.PREFLIGHT_ACTUAL_CONSISTENT, SeedRules.AUTHORIZATION_IN_ALLOWED_HEADERS,
                            SeedRules.PREFLIGHT_HANDLED, PreflightRules.STATUS_OK, PreflightRules.NO_REDIRECT,
                            PreflightRules.NO_CREDENTIALS_REQUIRED, PreflightRules.CORS_CHECK,
                            PreflightRules.ACAM_LISTS_METHOD, PreflightRules.ACAH_LISTS_HEADERS,
                            PreflightRules.AUTHORIZATION_EXPLICIT, PreflightRules.LISTS_PARSE)),
            // 4.9 CORS-preflight cache
            Check.each(PreflightCacheChecks.class, PreflightCacheChecks::check,
                    Set.of(
                            PolicyRules.DECLARED_MAX_AGE, PreflightCacheRules.MAX_AGE_SYNTAX,
                            PreflightCacheRules.MAX_AGE_PRESENT, PreflightCacheRules.MAX_AGE_PORTABLE)),
            // 3.3 CORS protocol: the owner's declared policy
            Check.each(OutcomeChecks.class, (run, policy, f) -> policy.ifPresent(p -> OutcomeChecks.check(run, p, f)),
                    Set.of(
                            PolicyRules.DECLARED_ORIGIN_ALLOWED, PolicyRules.UNDECLARED_ORIGIN_REFUSED,
                            PolicyRules.DECLARED_METHODS_ALLOWED, PolicyRules.DECLARED_HEADERS_ALLOWED,
                            PolicyRules.DECLARED_EXPOSED_HEADERS, PolicyRules.DECLARED_CREDENTIALS,
                            SeedRules.UNLISTED_ORIGIN_NO_ACAO, SeedRules.ORIGIN_IS_SCHEME_HOST_PORT)),
            // Background reading: basic safe CORS protocol setup
            Check.each(SecurityLints.class, SecurityLints::check,
                    Set.of(
                            SecurityRules.REFLECT_ANY_ORIGIN, SecurityRules.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS,
                            SecurityRules.NULL_ORIGIN_TRUSTED, SecurityRules.NULL_ORIGIN_TRUSTED_WITH_CREDENTIALS,
                            SecurityRules.PREFIX_MATCH, SecurityRules.PREFIX_MATCH_WITH_CREDENTIALS,
                            SecurityRules.SUFFIX_MATCH, SecurityRules.SUFFIX_MATCH_WITH_CREDENTIALS,
                            SecurityRules.UNESCAPED_DOT, SecurityRules.UNESCAPED_DOT_WITH_CREDENTIALS,
                            SecurityRules.SPECIAL_CHARACTER_BYPASS,
                            SecurityRules.SPECIAL_CHARACTER_BYPASS_WITH_CREDENTIALS, SecurityRules.SCHEME_DOWNGRADE,
                            SecurityRules.SCHEME_DOWNGRADE_WITH_CREDENTIALS, SecurityRules.ANY_SUBDOMAIN,
                            SecurityRules.ANY_SUBDOMAIN_WITH_CREDENTIALS, SecurityRules.ANY_PORT,
                            SecurityRules.ANY_PORT_WITH_CREDENTIALS)),
            // 3.2 Origin header
            Check.each(MalformedOrigins.class, (run, policy, f) -> MalformedOrigins.check(run, f),
                    Set.of(
                            OriginRules.MALFORMED_NO_SERVER_ERROR)),
            // 4.4 HTTP fetch, 4.5 HTTP-redirect fetch
            Check.each(RedirectChecks.class, (run, policy, f) -> RedirectChecks.check(run, f),
                    Set.of(
                            RedirectRules.CORS_HEADERS_ON_HOPS, RedirectRules.NO_USERINFO,
                            RedirectRules.HTTP_LOCATION, RedirectRules.TAINTED_ORIGIN_ACCEPTED,
                            RedirectRules.TARGET_ANSWERS_PREFLIGHT, RedirectRules.AT_MOST_20,
                            RedirectRules.KEEPS_METHOD)),
            // 4.8 CORS-preflight fetch: the lists
            Check.each(PreflightListChecks.class, (run, policy, f) -> PreflightListChecks.check(run, f),
                    Set.of(
                            PreflightRules.ACAM_EXACT_CASE, PreflightRules.WILDCARD_LITERAL_WITH_CREDENTIALS)),
            // 2.2.2 Headers: CORS-safelisted requests
            Check.each(CsrfChecks.class, (run, policy, f) -> CsrfChecks.check(run, f),
                    Set.of(
                            SecurityRules.CSRF_SIMPLE_REQUEST)),
            // 3.3.3 HTTP responses: exposed headers
            Check.each(ExposeChecks.class, (run, policy, f) -> ExposeChecks.check(run, f),
                    Set.of(
                            ExposeRules.ON_ACTUAL_RESPONSE, ExposeRules.SET_COOKIE_NEVER)),
            // 3.3.5 CORS protocol and credentials
            Check.each(CookieChecks.class, (run, policy, f) -> CookieChecks.check(run, f),
                    Set.of(
                            CredentialsRules.COOKIE_SAMESITE_NONE)),
            // 4.9 CORS-preflight cache and HTTP caching
            Check.each(PreflightCacheHeaders.class, (run, policy, f) -> PreflightCacheHeaders.check(run, f),
                    Set.of(
                            PreflightCacheRules.NOT_CACHE_CONTROL)),
            // 3.6, 3.7 Cross-Origin-Resource-Policy
            Check.each(CorpChecks.class, (run, policy, f) -> CorpChecks.check(run, f),
                    Set.of(
                            CorpRules.VALUE_VALID, CorpRules.NOSNIFF_JSON)),
            // Facts recorded without a verdict
            Check.each(RecordedFacts.class, (run, policy, f) -> RecordedFacts.check(run, f),
                    Set.of(
                            TaoRules.TIMING_ALLOW_ORIGIN, OriginRules.NULL_HANDLING,
                            PreflightRules.RECOGNISED_BY_ACRM, PreflightRules.PRIVATE_NETWORK_ACCESS)),
            // 3.3 CORS protocol: statuses the policy declares
            Check.each(PolicyStatusChecks.class, (run, policy, f) -> PolicyStatusChecks.check(run, f),
                    Set.of(
                            PolicyRules.ENDPOINT_STATUS, PolicyRules.OPTIONS_SUCCESS_STATUS)));

    /**
     * Checks that compare scenarios with one another (Vary across origins, loopback twins). Each compares the
     * scenarios of one endpoint only (one {@link Endpoint#path()}), so the grader hands them one endpoint's runs at a
     * time, as soon as that endpoint is done ({@link EndpointChecks}).
     */
    static final List<Check.AcrossScenarios> ACROSS_SCENARIOS = List.of(
            Check.across(CacheChecks.class, CacheChecks::check,
                    Set.of(
                            SeedRules.CALLBACK_NO_ORIGIN_GUARD, HttpCacheRules.VARY_ORIGIN)),
            Check.across(LoopbackTwins.class, LoopbackTwins::check,
                    Set.of(SeedRules.LOCALHOST_VS_127)),
            Check.across(PreflightVary.class, PreflightVary::check,
                    Set.of(HttpCacheRules.PREFLIGHT_VARY)),
            Check.across(StaticAcao.class, StaticAcao::check,
                    Set.of(HttpCacheRules.STATIC_ACAO_ALWAYS)));

    /**
     * Checks that send probes of their own: during the wire stage, or as follow-ups after the checks across
     * scenarios. Each probes per endpoint, from that endpoint's runs; {@link TolerantAcrhProbe} also needs the
     * target's first allowed origin, which {@link Check.ProbeContext#allowedOrigin()} carries.
     */
    static final List<Check.Probe> PROBES = List.of(
            Check.wireStage(CookieProbes.class, (runs, p, f) -> p.policy().ifPresent(x -> CookieProbes.check(runs,
                    p.target(), p.targetOrigin(), f)),
                    Set.of(
                            HttpCacheRules.VARY_COOKIE)),
            Check.followUp(NotModifiedProbe.class, (runs, p, f) -> NotModifiedProbe.check(runs, p.target(), f),
                    Set.of(
                            CorsCheckRules.NOT_MODIFIED)),
            Check.followUp(TolerantAcrhProbe.class, (runs, p, f) -> TolerantAcrhProbe.check(runs, p.allowedOrigin(),
                    p.target(), f),
                    Set.of(
                            PreflightRules.TOLERANT_ACRH)),
            Check.followUp(SameUrlProbe.class, (runs, p, f) -> SameUrlProbe.check(runs, p.target(), f),
                    Set.of(
                            PreflightRules.SAME_URL)),
            Check.followUp(PlainOptionsProbe.class, (runs, p, f) -> PlainOptionsProbe.check(runs, p.target(), f),
                    Set.of(
                            PreflightRules.ONLY_WITH_ACRM)));

    /** The check that compares a real browser with the simulator and grades the outcome as the browser shows it. */
    static final Check.PerBrowser PER_BROWSER = new Check.PerBrowser(BrowserChecks.class,
            Set.of(KitRules.SIMULATOR_BROWSER_AGREEMENT, PolicyRules.DECLARED_ORIGIN_ALLOWED,
                    PolicyRules.UNDECLARED_ORIGIN_REFUSED, PolicyRules.DECLARED_METHODS_ALLOWED,
                    PolicyRules.DECLARED_HEADERS_ALLOWED, PolicyRules.DECLARED_CREDENTIALS));

    /** The runner of the per-scenario checks: it reports a scenario the target never answered. */
    static final Check.Runner SCENARIO_RUNNER = new Check.Runner(ScenarioChecks.class,
            Set.of(KitRules.TARGET_REACHABLE));

    private GradingChecks() {
    }

    /** Every check, in the order the grader runs them. */
    static List<Check> all() {
        return Stream.<Stream<? extends Check>>of(Stream.of(SCENARIO_RUNNER), PER_SCENARIO.stream(),
                ACROSS_SCENARIOS.stream(),
                PROBES.stream(), Stream.of(PER_BROWSER)).<Check>flatMap(s -> s).toList();
    }

    /** The checks that declare {@code rule}, in the order the grader runs them. */
    static List<Check> declaring(Rule rule) {
        return all().stream().filter(c -> c.decides().contains(rule)).toList();
    }

    /** Every rule some check declares. */
    static Set<Rule> declared() {
        Set<Rule> out = new LinkedHashSet<>();
        all().forEach(c -> out.addAll(c.decides()));
        return out;
    }

    /** Answer whether {@code ruleId} is decided by comparing scenarios with one another. */
    static boolean comparesScenarios(String ruleId) {
        return ACROSS_SCENARIOS.stream().flatMap(c -> c.decides().stream()).anyMatch(r -> r.id().equals(ruleId));
    }

    static Optional<Check> named(String simpleName) {
        return all().stream().filter(c -> c.name().equals(simpleName)).findFirst();
    }
}
