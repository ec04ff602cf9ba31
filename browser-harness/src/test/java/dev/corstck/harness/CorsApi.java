package dev.corstck.harness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * The recording CORS API the browser tests call: WireMock with its own CORS stubbing off (the default), so every
 * response carries exactly the headers stubbed here and the journal shows preflights. Paths are
 * {@code /<engine>/<case>} so each engine's requests stay apart in the journal.
 */
final class CorsApi implements AutoCloseable {

    static final String ACAO = "Access-Control-Allow-Origin";

    private final WireMockServer server;

    CorsApi() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .dynamicHttpsPort()
                .stubCorsEnabled(false));
        server.start();
    }

    /** Return {@code http://localhost:<port>}: a different origin (and site) from the 127.0.0.1 page. */
    String base() {
        return "http://localhost:" + server.port();
    }

    /** Return {@code https://localhost:<port>} (WireMock's self-signed certificate; engines ignore the error). */
    String httpsBase() {
        return "https://localhost:" + server.httpsPort();
    }

    /** Stub {@code method} on {@code /<any engine>/<name>}. */
    void stub(RequestMethod method, String name, ResponseDefinitionBuilder response) {
        server.stubFor(WireMock.request(method.getName(), urlPathMatching("/[^/]+/" + name)).willReturn(response));
    }

    /** Stub every method on {@code /<any engine>/<name>}. */
    void stubAny(String name, ResponseDefinitionBuilder response) {
        server.stubFor(any(urlPathMatching("/[^/]+/" + name)).willReturn(response));
    }

    /** Return the requests received for {@code method} on exactly {@code path}. */
    List<LoggedRequest> received(RequestMethod method, String path) {
        return server.findAll(RequestPatternBuilder.newRequestPattern(method, WireMock.urlPathEqualTo(path)));
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
