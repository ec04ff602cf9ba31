package dev.corstck.tck.discovery;

import dev.corstck.tck.discovery.InferredPolicy.HeaderMode;
import dev.corstck.tck.discovery.InferredPolicy.OriginMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CORS options one path showed. An option is empty where the path gave no evidence for it (no origin was let in
 * to preflight from, or GET is not routed there): the path then inherits the top-level value.
 *
 * @param path        the path
 * @param origin      which origins its GETs let in
 * @param nullOrigin  whether {@code Origin: null} was let in
 * @param methods     GET, HEAD and the methods its preflights allowed
 * @param headers     which request headers its preflights allowed
 * @param exposed     its {@code Access-Control-Expose-Headers}
 * @param credentials whether it allows credentials
 * @param maxAge      the raw {@code Access-Control-Max-Age} of its allowed preflights; empty string when they had none
 * @param okStatus    the status of its allowed preflights
 * @param evidence    per option name, what was observed on this path
 */
record PathPolicy(String path, Optional<Origins> origin, Optional<Boolean> nullOrigin, Optional<List<String>> methods,
        Optional<Headers> headers, Optional<List<String>> exposed, Optional<Boolean> credentials,
        Optional<String> maxAge, Optional<Integer> okStatus, Map<String, List<String>> evidence) {

    /** How origins are let in, and which when listed. */
    record Origins(OriginMode mode, List<String> origins) {
        Origins {
            origins = List.copyOf(origins);
        }
    }

    /** How request headers are allowed, and which were when listed. */
    record Headers(HeaderMode mode, List<String> names) {
        Headers {
            names = List.copyOf(names);
        }
    }
}
