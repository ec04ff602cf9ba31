package dev.corstck.harness.chromium;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corstck.harness.engine.EngineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CDP events become engine events; a request counts as sent only with its wire headers. */
class CdpEventsTests {

    private static final String ANNOUNCED = "{\"requestId\":\"7\",\"request\":{\"url\":\"http://a/x\",\"method\":\"OPTIONS\","
            + "\"headers\":{}},\"timestamp\":10.0,\"wallTime\":1000.0,\"initiator\":{\"type\":\"preflight\"}}";
    private static final String WIRE = "{\"requestId\":\"7\",\"headers\":{\"Origin\":\"http://b\","
            + "\"Cookie\":\"a=1\\nb=2\"}}";

    static Stream<Arguments> orders() {
        return Stream.of(Arguments.of("announced first", true), Arguments.of("wire headers first", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void requestIsSentOnceBothHalvesArrived(String name, boolean announcedFirst) {
        CdpEvents cdp = new CdpEvents();
        List<EngineEvent> out = new ArrayList<>();
        out.addAll(announcedFirst ? cdp.translate("Network.requestWillBeSent", json(ANNOUNCED))
                : cdp.translate("Network.requestWillBeSentExtraInfo", json(WIRE)));
        assertThat(out).isEmpty();
        out.addAll(announcedFirst ? cdp.translate("Network.requestWillBeSentExtraInfo", json(WIRE))
                : cdp.translate("Network.requestWillBeSent", json(ANNOUNCED)));
        assertThat(out).singleElement().isInstanceOfSatisfying(EngineEvent.RequestSent.class, s -> {
            assertThat(s.preflight()).isTrue();
            assertThat(s.method()).isEqualTo("OPTIONS");
            assertThat(s.headers()).extracting(EngineEvent.Header::value).containsExactly("http://b", "a=1", "b=2");
            assertThat(s.at().toEpochMilli()).isEqualTo(1_000_000L);
        });
    }

    @Test
    void loadingFailedCarriesTheStructuredReason() {
        CdpEvents cdp = new CdpEvents();
        cdp.translate("Network.requestWillBeSent", json(ANNOUNCED));
        List<EngineEvent> out = cdp.translate("Network.loadingFailed", json("{\"requestId\":\"7\",\"timestamp\":11.0,"
                + "\"errorText\":\"net::ERR_FAILED\",\"corsErrorStatus\":{\"corsError\":\"InvalidAllowCredentials\","
                + "\"failedParameter\":\"\"}}"));
        assertThat(out).singleElement().isInstanceOfSatisfying(EngineEvent.LoadingFailed.class, f -> {
            assertThat(f.corsError()).isEqualTo("InvalidAllowCredentials");
            assertThat(f.url()).isEqualTo("http://a/x");
            assertThat(f.at().toEpochMilli()).isEqualTo(1_001_000L);
        });
    }

    @Test
    void chromedriverSourcePrefixIsDropped() {
        assertThat(SeleniumSession.withoutSourcePrefix("http://127.0.0.1:1/ - Access to fetch at 'x' blocked"))
                .isEqualTo("Access to fetch at 'x' blocked");
        assertThat(SeleniumSession.withoutSourcePrefix("plain - text")).isEqualTo("plain - text");
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
