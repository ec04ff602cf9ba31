package dev.corstck.tck.simulator;

import static dev.corstck.tck.simulator.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTests {

    @Test
    void preflightedPutWithAuthorizationUnderStarDivergesFromSpec() {
        var responder = server(status(204, "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "PUT",
                "Access-Control-Allow-Headers", "*"), ok("Access-Control-Allow-Origin", "*"));
        Scenario s = Scenario.of("put-auth-star", get().withMethod("PUT").withHeader("Authorization", "Bearer x"));
        Predictions p = Simulator.allProfiles().predict(s, responder);
        System.out.println(p.spec().explanation().render());
        System.out.println(p.spec().block().orElseThrow().console());
        System.out.println(p.of(Engine.CHROMIUM).explanation().render());
        assertThat(p.spec().outcome()).isEqualTo(Outcome.NETWORK_ERROR);
        assertThat(p.of(Engine.CHROMIUM).outcome()).isEqualTo(Outcome.CORS_OK);
        assertThat(p.divergesFromSpec()).isTrue();
        assertThat(p.spec().preflightRequest().orElseThrow().headers().first("Access-Control-Request-Headers"))
                .contains("authorization");
    }
}
