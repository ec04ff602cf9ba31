package dev.corstck.harness.chromium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How many Chrome or WebKit sessions a Grid's {@code /status} (Grid 4.47.0's shape) has room for. */
class GridStatusTests {

    private static String node(String availability, int maxSessions, String... slots) {
        return "{\"availability\":\"" + availability + "\",\"maxSessions\":" + maxSessions + ",\"slots\":["
                + String.join(",", slots) + "]}";
    }

    private static String slot(String browser, boolean busy) {
        return "{\"lastStarted\":\"1970-01-01T00:00:00Z\",\"session\":" + (busy ? "{\"sessionId\":\"s\"}" : "null")
                + ",\"stereotype\":{\"browserName\":\"" + browser + "\",\"platformName\":\"linux\"}}";
    }

    private static String status(String... nodes) {
        return "{\"value\":{\"ready\":true,\"nodes\":[" + String.join(",", nodes) + "]}}";
    }

    static Stream<Arguments> statuses() {
        String twoFreeNodes = status(node("UP", 1, slot("MicrosoftEdge", false), slot("firefox", false),
                slot("chrome", false)), node("UP", 1, slot("firefox", false), slot("chrome", false)));
        return Stream.of(
                Arguments.of("hub with two one-session nodes", twoFreeNodes, Optional.of(2)),
                Arguments.of("a node busy with Firefox has no room for Chrome", status(node("UP", 1,
                        slot("firefox", true), slot("chrome", false)), node("UP", 1, slot("chrome", false))),
                        Optional.of(1)),
                Arguments.of("several Chrome slots, bounded by maxSessions", status(node("UP", 2,
                        slot("chrome", false), slot("chrome", false), slot("chrome", false))), Optional.of(2)),
                Arguments.of("a node that is DOWN or DRAINING offers nothing", status(node("DRAINING", 1,
                        slot("chrome", false)), node("DOWN", 1, slot("chrome", false))), Optional.of(0)),
                Arguments.of("a chromedriver's /status lists no nodes",
                        "{\"value\":{\"ready\":true,\"message\":\"ChromeDriver ready for new sessions.\"}}",
                        Optional.empty()),
                Arguments.of("not JSON", "<html>", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void countsTheFreeChromeSlotsOfNodesThatAreUp(String name, String json, Optional<Integer> expected) {
        assertThat(GridStatus.freeSlots(json, GridStatus.CHROME)).isEqualTo(expected);
    }

    @Test
    void countsTheFreeMiniBrowserSlotsOfARelayNodeApartFromChrome() {
        // GIVEN a WebKitWebDriver relay node (Grid 4.47.0 --service-configuration) beside a busy Chrome node
        String json = status(node("UP", 1, slot("MiniBrowser", false)), node("UP", 1, slot("chrome", true)),
                node("UP", 1, slot("MiniBrowser", true)));

        // THEN only the free MiniBrowser slot counts for WebKit, and no slot for Chrome
        assertThat(GridStatus.freeSlots(json, GridStatus.MINIBROWSER)).contains(1);
        assertThat(GridStatus.freeSlots(json, GridStatus.CHROME)).contains(0);
    }
}
