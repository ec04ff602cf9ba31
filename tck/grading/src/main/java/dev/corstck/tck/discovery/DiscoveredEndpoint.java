package dev.corstck.tck.discovery;

import dev.corstck.fetch.request.CredentialsMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One probed path as a policy-file endpoint, with the CORS options it showed.
 *
 * @param path        the path probed
 * @param methods     GET plus the methods its preflights allowed
 * @param credentials whether the target allows credentials there
 * @param status      the status of a GET from an allowed origin (or without Origin when none was allowed)
 * @param cors        the options whose value on this path differs from the top level: its {@code cors} overrides,
 *                    name to value (YAML flow values that are also JSON), in file order; empty when it shares them
 * @param effective   every option as it applies on this path (the top level with {@code cors} replaced)
 * @param evidence    per option name, what was observed on this path
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DiscoveredEndpoint(String path, List<String> methods, CredentialsMode credentials, int status,
        Map<String, String> cors, Map<String, String> effective, Map<String, List<String>> evidence) {

    public DiscoveredEndpoint {
        Objects.requireNonNull(path, "path must not be null");
        methods = List.copyOf(Objects.requireNonNull(methods, "methods must not be null"));
        Objects.requireNonNull(credentials, "credentials must not be null");
        cors = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(cors, "cors must not be null")));
        effective = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(effective,
                "effective must not be null")));
        Map<String, List<String>> notes = new LinkedHashMap<>();
        Objects.requireNonNull(evidence, "evidence must not be null").forEach((k, v) -> notes.put(k, List.copyOf(v)));
        evidence = Collections.unmodifiableMap(notes);
    }

    /** Return what was observed on this path for {@code option}; empty when nothing was noted. */
    public List<String> evidenceFor(String option) {
        return evidence.getOrDefault(option, List.of());
    }
}
