package dev.corstck.tck.explain;

import dev.corstck.reference.profile.MistakeProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One fetch the HAR recordings make from the page: against the reference target, correct or made wrong by a
 * mistake profile, each on its own server (its own origin), so no preflight cache entry is shared.
 */
record RecordingCase(String name, Optional<MistakeProfile> profile, boolean fromIpPage, String method, String path,
        Map<String, String> headers, String body, boolean credentials) {

    private static final Map<String, String> TOKEN_JSON = Map.of("Authorization", "Bearer demo-token",
            "Content-Type", "application/json");

    static List<RecordingCase> all() {
        return List.of(
                new RecordingCase("correct-get", Optional.empty(), false, "GET", "/api/data", Map.of(), "", true),
                new RecordingCase("correct-put", Optional.empty(), false, "PUT", "/api/items/1", TOKEN_JSON,
                        "{\"name\":\"demo\"}", true),
                seed(MistakeProfile.WILDCARD_WITH_CREDENTIALS, "GET", "/api/data", Map.of(), true),
                seed(MistakeProfile.CORS_AFTER_ROUTES, "GET", "/api/data", Map.of(), true),
                seed(MistakeProfile.AUTHORIZATION_NOT_ALLOWED, "PUT", "/api/items/1", TOKEN_JSON, true),
                seed(MistakeProfile.DUPLICATE_ACAO, "GET", "/api/data", Map.of(), false),
                seed(MistakeProfile.ACAO_TRAILING_SLASH, "GET", "/api/data", Map.of(), false),
                seed(MistakeProfile.PREFLIGHT_NON_2XX, "PUT", "/api/items/1", TOKEN_JSON, true),
                seed(MistakeProfile.PREFLIGHT_REDIRECT, "PUT", "/api/items/1", TOKEN_JSON, true),
                seed(MistakeProfile.PREFLIGHT_REQUIRES_AUTH, "DELETE", "/api/items/1", Map.of(), true),
                new RecordingCase("localhost-but-not-127.0.0.1",
                        Optional.of(MistakeProfile.LOCALHOST_BUT_NOT_127_0_0_1), true, "GET", "/api/data", Map.of(),
                        "", true));
    }

    private static RecordingCase seed(MistakeProfile p, String method, String path, Map<String, String> headers,
            boolean credentials) {
        return new RecordingCase(p.id(), Optional.of(p), false, method, path, headers,
                method.equals("PUT") ? "{\"name\":\"demo\"}" : "", credentials);
    }
}
