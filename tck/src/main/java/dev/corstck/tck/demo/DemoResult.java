package dev.corstck.tck.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What each client made of one {@link DemoCase}.
 *
 * @param demoCase       the request
 * @param url            the absolute URL called
 * @param plainClient    what a plain HTTP client got: status line and CORS headers, or why nothing came back
 * @param curl           what {@code curl -i} printed (status line and CORS headers), or why it did not run
 * @param browsers       per browser: outcome, what JavaScript saw and the console message
 * @param serverReceived what the server's journal recorded for the browsers' calls; empty when not visible
 * @param problems       what could not be shown, and why (the target did not answer the plain client, a browser
 *                       could not run the call); empty when every client was shown
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DemoResult(DemoCase demoCase, String url, List<String> plainClient, List<String> curl,
        Map<String, List<String>> browsers, List<String> serverReceived, List<String> problems) {

    public DemoResult {
        Objects.requireNonNull(demoCase, "demoCase must not be null");
        Objects.requireNonNull(url, "url must not be null");
        plainClient = List.copyOf(plainClient);
        curl = List.copyOf(curl);
        browsers = Collections.unmodifiableMap(new LinkedHashMap<>(browsers)); // in the order shown
        serverReceived = List.copyOf(serverReceived);
        problems = List.copyOf(problems);
    }
}
