package dev.corstck.harness.chromium;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.JsonException;

/**
 * What a Selenium Grid 4's {@code GET /status} says about its slots of one browser ({@code chrome}, or
 * {@code MiniBrowser} for WebKit): on each node that is {@code UP}, the free slots whose stereotype has that
 * {@code browserName}, no more than the node's {@code maxSessions} less its busy slots (a
 * node offers a slot per driver it found, Edge and Firefox too, but runs at most {@code maxSessions} at once). A plain W3C endpoint (a chromedriver) answers {@code /status} without
 * nodes: then nothing is known.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class GridStatus {

    /** The most sessions the harness opens on one Grid at once: a Grid is often shared. */
    public static final int MAX_SESSIONS = 4;

    private GridStatus() {
    }

    /** The {@code browserName} of Chrome slots. */
    public static final String CHROME = "chrome";
    /** The {@code browserName} WebKitGTK's WebKitWebDriver answers to, and WebKit slots carry. */
    public static final String MINIBROWSER = "MiniBrowser";

    /** Return how many {@code browserName} slots on {@code grid}'s UP nodes have no session now; empty when unknown. */
    public static Optional<Integer> freeSlots(URI grid, String browserName) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(status(grid))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? freeSlots(response.body(), browserName) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Count the free {@code browserName} slots in a {@code /status} body; empty when it lists no nodes. */
    static Optional<Integer> freeSlots(String statusJson, String browserName) {
        try {
            Map<?, ?> body = new Json().toType(statusJson, Map.class);
            Object value = body.get("value");
            if (!(value instanceof Map<?, ?> v) || !(v.get("nodes") instanceof List<?> nodes)) {
                return Optional.empty();
            }
            int free = 0;
            for (Object node : nodes) {
                if (node instanceof Map<?, ?> n && "UP".equals(n.get("availability"))
                        && n.get("slots") instanceof List<?> slots && n.get("maxSessions") instanceof Number max) {
                    long busy = slots.stream().filter(s -> s instanceof Map<?, ?> m && m.get("session") != null)
                            .count();
                    long matching = slots.stream().filter(slot -> isFree(slot, browserName)).count();
                    free += (int) Math.max(0, Math.min(matching, max.longValue() - busy));
                }
            }
            return Optional.of(free);
        } catch (JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static boolean isFree(Object slot, String browserName) {
        return slot instanceof Map<?, ?> s && s.get("session") == null
                && s.get("stereotype") instanceof Map<?, ?> stereotype
                && browserName.equals(stereotype.get("browserName"));
    }

    private static URI status(URI grid) {
        String base = grid.toString().replaceAll("/+$", "");
        return URI.create((base.endsWith("/wd/hub") ? base.substring(0, base.length() - 7) : base) + "/status");
    }
}
