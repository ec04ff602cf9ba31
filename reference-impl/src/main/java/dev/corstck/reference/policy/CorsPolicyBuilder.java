package dev.corstck.reference.policy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.corstck.fetch.origin.OriginParse;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.reference.origin.OriginMatcher;
import dev.corstck.reference.origin.OriginWildcards;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link CorsPolicy}. Defaults, stated once here: no origin is allowed ({@code origin: false}); methods
 * {@link #DEFAULT_METHODS} (Express's); {@code allowedHeaders} absent (reflect the preflight's request headers); no
 * exposed headers; no credentials; no {@code Access-Control-Max-Age}; preflights answered here with
 * {@link #DEFAULT_OPTIONS_SUCCESS_STATUS}; no private-network answer; no {@code dangerously…} opt-in.
 *
 * <p>Origin texts are parsed when given; {@link #build()} reports their problems together with every other one.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CorsPolicyBuilder {

    /** Methods allowed when none are set: {@code GET, HEAD, PUT, PATCH, POST, DELETE}, as Express {@code cors}. */
    public static final List<String> DEFAULT_METHODS = List.of("GET", "HEAD", "PUT", "PATCH", "POST", "DELETE");

    /** Status of a preflight answered here when none is set: {@code 204 No Content}. */
    public static final int DEFAULT_OPTIONS_SUCCESS_STATUS = 204;

    private AllowedOrigins origin = new AllowedOrigins.None();
    private final List<OriginMatcher> listed = new ArrayList<>();
    private final List<Integer> entrySlots = new ArrayList<>();
    private final List<PolicyProblem> parseProblems = new ArrayList<>();
    private boolean listMode;
    private int listedSlots;
    private List<String> methods = DEFAULT_METHODS;
    private AllowedHeaders allowedHeaders = new AllowedHeaders.Reflect();
    private List<String> exposedHeaders = List.of();
    private boolean credentials;
    private OptionalInt maxAge = OptionalInt.empty();
    private boolean preflightContinue;
    private int optionsSuccessStatus = DEFAULT_OPTIONS_SUCCESS_STATUS;
    private boolean allowPrivateNetwork;
    private boolean reflectAnyWithCredentials;
    private boolean allowNull;
    private boolean insecureWithCredentials;

    CorsPolicyBuilder() {
    }

    CorsPolicyBuilder(CorsPolicy p) {
        origin(p.origin());
        methods = p.methods();
        allowedHeaders = p.allowedHeaders();
        exposedHeaders = p.exposedHeaders();
        credentials = p.credentials();
        maxAge = p.maxAge();
        preflightContinue = p.preflightContinue();
        optionsSuccessStatus = p.optionsSuccessStatus();
        allowPrivateNetwork = p.allowPrivateNetwork();
        reflectAnyWithCredentials = p.dangerouslyReflectAnyOriginWithCredentials();
        allowNull = p.dangerouslyAllowNullOrigin();
        insecureWithCredentials = p.dangerouslyAllowInsecureOriginsWithCredentials();
    }

    /** Set the allowed origins outright. */
    public CorsPolicyBuilder origin(AllowedOrigins allowed) {
        origin = Objects.requireNonNull(allowed, "allowed must not be null");
        listed.clear();
        entrySlots.clear();
        listedSlots = 0;
        listMode = allowed instanceof AllowedOrigins.Listed;
        if (allowed instanceof AllowedOrigins.Listed l) {
            for (OriginMatcher entry : l.entries()) {
                entrySlots.add(listedSlots++);
                listed.add(entry);
            }
        }
        return this;
    }

    /** Allow every origin with {@code Access-Control-Allow-Origin: *} ({@code origin: "*"}). */
    public CorsPolicyBuilder anyOrigin() {
        return origin(new AllowedOrigins.Any());
    }

    /** Allow every origin and reflect it ({@code origin: true}). */
    public CorsPolicyBuilder reflectAnyOrigin() {
        return origin(new AllowedOrigins.ReflectAny());
    }

    /** Allow no origin ({@code origin: false}, the default). */
    public CorsPolicyBuilder noOrigin() {
        return origin(new AllowedOrigins.None());
    }

    /**
     * Add origins to the allow-list: exact origins ({@code https://myapp.com}) or subdomain wildcards
     * ({@code https://*.myapp.com}); {@code "*"} alone means {@link #anyOrigin()}, {@code "null"} the opaque origin
     * (which also needs {@link #dangerouslyAllowNullOrigin(boolean)}).
     */
    public CorsPolicyBuilder origins(String... origins) {
        if (origins.length == 1 && origins[0].equals("*")) {
            return anyOrigin();
        }
        for (String text : origins) {
            addOrigin(Objects.requireNonNull(text, "origin must not be null"));
        }
        return this;
    }

    /**
     * Add an anchored regular expression matched against the whole serialized origin, in RE2 syntax (matched in
     * linear time; backreferences and lookaround are refused as {@link Reason#MALFORMED_PATTERN}).
     */
    public CorsPolicyBuilder originPattern(String regex) {
        String option = nextOption();
        try {
            return add(new OriginMatcher.Regex(Pattern.compile(regex)));
        } catch (PatternSyntaxException e) {
            parseProblems.add(PolicyProblem.of(Reason.MALFORMED_PATTERN, option, e.getDescription() + " in '" + regex
                    + "' (patterns use RE2 syntax, matched in linear time: no backreferences, no lookaround)"));
            return add(null);
        }
    }

    /** Allow the origins {@code test} accepts; {@code description} is how the policy prints it. */
    public CorsPolicyBuilder originMatching(Predicate<TupleOrigin> test, String description) {
        return origin(new AllowedOrigins.Matching(test, description));
    }

    private void addOrigin(String text) {
        String option = nextOption();
        if (text.equals("null")) {
            if (!allowNull) {
                parseProblems.add(PolicyProblem.of(Reason.NULL_ORIGIN, option, "sandboxed frames and data: pages of"
                        + " any site send 'null'; remove it, or set dangerouslyAllowNullOrigin: true"));
            }
            allowNull = true;
            add(null);
            return;
        }
        if (text.contains("://*.")) {
            var parsed = OriginWildcards.parse(text);
            if (parsed instanceof OriginWildcards.WildcardParse.Parsed p) {
                add(p.wildcard());
            } else {
                parseProblems.add(PolicyProblem.of(Reason.MALFORMED_ORIGIN, option,
                        ((OriginWildcards.WildcardParse.Invalid) parsed).problem()));
                add(null);
            }
            return;
        }
        OriginParse parsed = TupleOrigin.parse(text);
        if (parsed instanceof OriginParse.Parsed p) {
            add(new OriginMatcher.Exact(p.origin()));
        } else {
            parseProblems.add(PolicyProblem.of(Reason.MALFORMED_ORIGIN, option, ((OriginParse.Invalid) parsed).problem()));
            add(null);
        }
    }

    private String nextOption() {
        return "origin[" + (listMode ? listedSlots : 0) + "]";
    }

    private CorsPolicyBuilder add(@Nullable OriginMatcher matcher) {
        if (!listMode) {
            listed.clear();
            entrySlots.clear();
            listedSlots = 0;
            listMode = true;
        }
        if (matcher != null) {
            entrySlots.add(listedSlots);
            listed.add(matcher);
        }
        listedSlots++;
        origin = new AllowedOrigins.Listed(listed);
        return this;
    }

    /** Set the methods a preflight may ask for; {@code "*"} means any method (only without credentials). */
    public CorsPolicyBuilder methods(String... names) {
        methods = List.copyOf(Arrays.asList(names));
        return this;
    }

    /** Set the request headers a preflight may ask for; {@code "*"} means any but {@code Authorization}. */
    public CorsPolicyBuilder allowedHeaders(String... names) {
        allowedHeaders = new AllowedHeaders.Listed(Arrays.asList(names));
        return this;
    }

    /** Allow whatever request headers a preflight asks for, reflecting them (the default). */
    public CorsPolicyBuilder reflectRequestHeaders() {
        allowedHeaders = new AllowedHeaders.Reflect();
        return this;
    }

    /** Set the response headers scripts may read. */
    public CorsPolicyBuilder exposedHeaders(String... names) {
        exposedHeaders = List.copyOf(Arrays.asList(names));
        return this;
    }

    public CorsPolicyBuilder credentials(boolean allow) {
        credentials = allow;
        return this;
    }

    /** Let browsers cache preflight results for {@code seconds} (0 to 86400). */
    public CorsPolicyBuilder maxAge(int seconds) {
        maxAge = OptionalInt.of(seconds);
        return this;
    }

    /** Send no {@code Access-Control-Max-Age} (browsers then cache for 5 seconds). */
    public CorsPolicyBuilder noMaxAge() {
        maxAge = OptionalInt.empty();
        return this;
    }

    public CorsPolicyBuilder preflightContinue(boolean passOn) {
        preflightContinue = passOn;
        return this;
    }

    public CorsPolicyBuilder optionsSuccessStatus(int status) {
        optionsSuccessStatus = status;
        return this;
    }

    public CorsPolicyBuilder allowPrivateNetwork(boolean allow) {
        allowPrivateNetwork = allow;
        return this;
    }

    public CorsPolicyBuilder dangerouslyReflectAnyOriginWithCredentials(boolean allow) {
        reflectAnyWithCredentials = allow;
        return this;
    }

    public CorsPolicyBuilder dangerouslyAllowNullOrigin(boolean allow) {
        allowNull = allow;
        parseProblems.removeIf(p -> allow && p.reason() == Reason.NULL_ORIGIN);
        return this;
    }

    public CorsPolicyBuilder dangerouslyAllowInsecureOriginsWithCredentials(boolean allow) {
        insecureWithCredentials = allow;
        return this;
    }

    /** Build the policy, or throw {@link InvalidPolicyException} listing every problem found. */
    public CorsPolicy build() {
        List<PolicyProblem> problems = new ArrayList<>(parseProblems);
        PolicyRules.Opt opt = new PolicyRules.Opt(reflectAnyWithCredentials, allowNull, insecureWithCredentials);
        for (PolicyProblem p : PolicyRules.check(origin, methods, allowedHeaders, exposedHeaders, credentials,
                maxAge, optionsSuccessStatus, opt)) {
            problems.add(toSlot(p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        return new CorsPolicy(origin, methods, allowedHeaders, exposedHeaders, credentials, maxAge,
                preflightContinue, optionsSuccessStatus, allowPrivateNetwork, reflectAnyWithCredentials, allowNull,
                insecureWithCredentials);
    }

    /** Renumber {@code origin[i]} (index among parsed entries) to the slot the caller gave it. */
    private PolicyProblem toSlot(PolicyProblem problem) {
        String option = problem.option();
        if (!option.startsWith("origin[") || entrySlots.isEmpty()) {
            return problem;
        }
        int index = Integer.parseInt(option.substring("origin[".length(), option.length() - 1));
        return new PolicyProblem(problem.reason(), "origin[" + entrySlots.get(index) + "]", problem.message());
    }
}
