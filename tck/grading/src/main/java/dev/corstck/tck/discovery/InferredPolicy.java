package dev.corstck.tck.discovery;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The effective CORS policy a target showed, in Express {@code cors} terms, with what was observed for each option.
 * The options are what most probed paths share; each {@link DiscoveredEndpoint} carries its own effective options
 * and the overrides ({@code cors}) that make them its own where it differs.
 *
 * @param originMode           how origins are allowed
 * @param origins              the allowed origins when {@code originMode} is {@code LISTED}
 * @param nullOrigin           whether {@code Origin: null} is allowed
 * @param methods              the methods preflights allowed (GET and HEAD always)
 * @param headerMode           how request headers are allowed
 * @param allowedHeaders       the allowed request headers when {@code headerMode} is {@code LISTED}
 * @param exposedHeaders       the {@code Access-Control-Expose-Headers} names
 * @param credentials          whether credentials are allowed
 * @param maxAge               the raw {@code Access-Control-Max-Age}; empty when absent
 * @param optionsSuccessStatus the status of allowed preflights; 0 when none was allowed
 * @param endpoints            the probed paths, each with its overrides
 * @param evidence             per option name, what was observed on the first path that shares the option's value
 *                             (comments in the YAML form)
 * @param originsOnAnyPath     every origin some path let in by name (not by reflecting any), each once, first path
 *                             first: the origins to seed look-alikes with when paths differ
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InferredPolicy(OriginMode originMode, List<String> origins, boolean nullOrigin, List<String> methods,
        HeaderMode headerMode, List<String> allowedHeaders, List<String> exposedHeaders, boolean credentials,
        String maxAge, int optionsSuccessStatus, List<DiscoveredEndpoint> endpoints,
        Map<String, List<String>> evidence, List<String> originsOnAnyPath) {

    /** How the target allows origins. */
    public enum OriginMode {
        /** {@code Access-Control-Allow-Origin: *}: Express {@code origin: "*"}. */
        WILDCARD,
        /** Any origin echoed back: Express {@code origin: true}. */
        REFLECT_ANY,
        /** Only some origins: Express {@code origin: [...]}. */
        LISTED,
        /** No origin at all: Express {@code origin: false}. */
        NONE
    }

    /** How the target allows request headers. */
    public enum HeaderMode {
        /** Any requested header echoed back: Express {@code allowedHeaders} absent. */
        REFLECT,
        /** {@code Access-Control-Allow-Headers: *}. */
        WILDCARD,
        /** Only some headers. */
        LISTED
    }

    public InferredPolicy {
        Objects.requireNonNull(originMode, "originMode must not be null");
        origins = List.copyOf(Objects.requireNonNull(origins, "origins must not be null"));
        methods = List.copyOf(Objects.requireNonNull(methods, "methods must not be null"));
        Objects.requireNonNull(headerMode, "headerMode must not be null");
        allowedHeaders = List.copyOf(Objects.requireNonNull(allowedHeaders, "allowedHeaders must not be null"));
        exposedHeaders = List.copyOf(Objects.requireNonNull(exposedHeaders, "exposedHeaders must not be null"));
        Objects.requireNonNull(maxAge, "maxAge must not be null");
        endpoints = List.copyOf(Objects.requireNonNull(endpoints, "endpoints must not be null"));
        evidence = Map.copyOf(Objects.requireNonNull(evidence, "evidence must not be null"));
        originsOnAnyPath = List.copyOf(Objects.requireNonNull(originsOnAnyPath, "originsOnAnyPath must not be null"));
    }

    /**
     * Return the options as policy-file option names and values, in file order: each value a YAML flow value that is
     * also JSON ({@code "*"}, {@code true}, {@code null}, {@code 600}, {@code ["GET"]}).
     */
    public Map<String, String> options() {
        return new PolicyOptions(new PathPolicy.Origins(originMode, origins), nullOrigin, methods,
                new PathPolicy.Headers(headerMode, allowedHeaders), exposedHeaders, credentials, maxAge,
                optionsSuccessStatus).render();
    }

    /** Return the endpoints whose effective options differ from these (a non-empty {@code cors}). */
    public List<DiscoveredEndpoint> overridden() {
        return endpoints.stream().filter(e -> !e.cors().isEmpty()).toList();
    }

    /** Return what was observed for {@code option}; empty when nothing was noted. */
    public List<String> evidenceFor(String option) {
        return evidence.getOrDefault(option, List.of());
    }
}
