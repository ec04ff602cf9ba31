package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.Prediction;
import dev.corstck.tck.simulator.ResponseType;
import java.util.Optional;

/** Turn main fetch's result into what script sees: filter the response by tainting (see fetch#concept-main-fetch). */
final class PredictionBuilder {

    private PredictionBuilder() {
    }

    static Prediction build(FetchState s, FetchResult r) {
        if (r instanceof FetchResult.NetworkError e) {
            Block block = new Block(e.failure().reason(), e.failure().detail(), ConsoleWording.render(e.failure(), s));
            s.trace.info("concept-network-error", "outcome", "network error: fetch() rejects with a TypeError");
            return prediction(s, Outcome.NETWORK_ERROR, ResponseType.ERROR, 0, "", HeaderList.empty(),
                    Optional.of(block));
        }
        if (r instanceof FetchResult.OpaqueRedirect) {
            s.trace.info("concept-filtered-response-opaque-redirect", "outcome", "type opaqueredirect, status 0");
            return prediction(s, Outcome.OPAQUE_REDIRECT, ResponseType.OPAQUE_REDIRECT, 0,
                    s.currentUrl().serialize(), HeaderList.empty(), Optional.empty());
        }
        RawResponse response = ((FetchResult.Delivered) r).response();
        String url = s.currentUrl().serialize();
        return switch (s.tainting) {
            case BASIC -> {
                HeaderList visible = ResponseFilter.basic(response);
                s.trace.info("concept-filtered-response-basic", "outcome", "type basic, status " + response.status());
                yield prediction(s, Outcome.BASIC, ResponseType.BASIC, response.status(), url, visible,
                        Optional.empty());
            }
            case CORS -> {
                HeaderList visible = ResponseFilter.cors(response, s.credentialsInclude(), s.trace);
                s.trace.info("concept-filtered-response-cors", "outcome", "type cors, status " + response.status()
                        + ", visible headers " + visible.fields().stream().map(f -> f.name()).distinct().toList());
                yield prediction(s, Outcome.CORS_OK, ResponseType.CORS, response.status(), url, visible,
                        Optional.empty());
            }
            case OPAQUE -> {
                s.trace.info("concept-filtered-response-opaque", "outcome", "type opaque, status 0, no headers");
                yield prediction(s, Outcome.OPAQUE, ResponseType.OPAQUE, 0, "", HeaderList.empty(), Optional.empty());
            }
        };
    }

    private static Prediction prediction(FetchState s, Outcome outcome, ResponseType type, int status, String url,
            HeaderList visible, Optional<Block> block) {
        return new Prediction(s.profile.engine(), outcome, type, status, url, visible, s.exchanges,
                s.trace.explanation(), block);
    }
}
