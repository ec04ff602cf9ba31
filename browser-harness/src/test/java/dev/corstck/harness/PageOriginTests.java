package dev.corstck.harness;

import static dev.corstck.harness.CorsApi.ACAO;
import static dev.corstck.harness.CorsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages on other origins: opaque ({@code null}), https, {@code *.localhost}, {@code [::1]}, a mapped host name. */
@ExtendWith(BrowserFixture.Extension.class)
class PageOriginTests {

    @BeforeAll
    static void stubApi() {
        BrowserFixture f = BrowserFixture.get();
        f.api.stub(RequestMethod.GET, "null-ok", ok("null").withHeader(ACAO, "null"));
        f.api.stub(RequestMethod.GET, "null-star", ok("star").withHeader(ACAO, "*"));
        f.api.stub(RequestMethod.GET, "null-tuple", ok("tuple").withHeader(ACAO, f.page.serialize()));
        f.api.stub(RequestMethod.GET, "star", ok("star").withHeader(ACAO, "*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.corstck.harness.BrowserFixture#engines")
    void sandboxedFrameHasTheOpaqueOrigin(Engine engine) {
        BrowserFixture f = BrowserFixture.get();
        PageOrigin opaque = f.harness.bind(PageOrigin.opaque(f.page));

        List<Observation> seen = f.harness.run(engine, opaque, List.of(FetchCall.get(f.url(engine, "null-ok")),
                FetchCall.get(f.url(engine, "null-star")), FetchCall.get(f.url(engine, "null-tuple"))),
                BatchMode.PARALLEL_SHARED_CONTEXT);

        assertThat(seen).extracting(Observation::outcome).as(seen.get(2).summary())
                .containsExactly(Outcome.CORS_OK, Outcome.CORS_OK, Outcome.NETWORK_ERROR);
        assertThat(seen).extracting(Observation::pageOrigin).containsOnly("null");
        assertThat(f.api.received(RequestMethod.GET, BrowserFixture.path(engine, "null-ok")).get(0)
                .getHeader("Origin")).isEqualTo("null");
    }

    static List<PageOrigin> reachableOrigins() {
        return List.of(PageOrigin.https("127.0.0.1", 0), PageOrigin.http("app.localhost", 0),
                PageOrigin.http("[::1]", 0), PageOrigin.http(BrowserFixture.MAPPED_HOST, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.corstck.harness.BrowserFixture#engines")
    void pagesOnOtherOriginsSendThatOrigin(Engine engine) {
        BrowserFixture f = BrowserFixture.get();
        for (PageOrigin requested : reachableOrigins()) {
            PageOrigin page = f.harness.bind(requested);
            // An https page calls the https API: WebKit blocks http://localhost from https pages as mixed content.
            String base = page.scheme().equals("https") ? f.api.httpsBase() : f.api.base();
            String path = BrowserFixture.path(engine, "star?from=" + page.host());
            Observation o = f.harness.run(engine, page, FetchCall.get(base + path));
            if (engine == Engine.WEBKIT && page.host().equals(BrowserFixture.MAPPED_HOST)) {
                assertThat(o.outcome()).as(o.summary()).isEqualTo(Outcome.SKIPPED);
                assertThat(o.detail()).contains("WebKitGTK", BrowserFixture.MAPPED_HOST);
                continue;
            }
            assertThat(o.outcome()).as(o.summary()).isEqualTo(Outcome.CORS_OK);
            assertThat(o.pageOrigin()).isEqualTo(page.serialize());
            assertThat(f.api.received(RequestMethod.GET, BrowserFixture.path(engine, "star")).stream()
                    .filter(r -> r.getUrl().endsWith("from=" + page.host())).map(r -> r.getHeader("Origin")))
                    .containsExactly(page.serialize());
        }
    }

    @Test
    void unmappedHostIsAnErrorThatSaysWhatToDo() {
        BrowserFixture f = BrowserFixture.get();
        PageOrigin page = f.harness.bind(PageOrigin.http("unmapped.test", 0));
        Observation o = f.harness.run(Engine.CHROMIUM, page, FetchCall.get(f.url(Engine.CHROMIUM, "star")));
        assertThat(o.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(o.detail()).contains("unmapped.test", "hostsToLoopback");
    }

    @Test
    void busyPortIsReportedClearly() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            PageOrigin taken = PageOrigin.http("127.0.0.1", busy.getLocalPort());
            assertThatThrownBy(() -> BrowserFixture.get().harness.bind(taken)).isInstanceOf(HarnessException.class)
                    .hasMessageContaining("cannot bind page origin").hasMessageContaining(taken.tupleString());
        }
    }
}
