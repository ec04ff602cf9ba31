package dev.corstck.harness.firefox;

import java.util.List;
import java.util.Map;

/** One request the fixture received; header names lower-cased. */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** Return the first value of header {@code name} (lower case), or the empty string. */
    public String header(String name) {
        List<String> values = headers.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean isPreflight() {
        return method.equals("OPTIONS") && headers.containsKey("access-control-request-method");
    }
}
