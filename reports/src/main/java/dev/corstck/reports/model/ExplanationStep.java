package dev.corstck.reports.model;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Keep one step of the simulator's explanation of why a browser would allow or block a fetch.
 *
 * @param text    the step in words, e.g. "Access-Control-Allow-Origin is absent, so the CORS check fails"
 * @param specUrl the Fetch section the step applies, e.g. {@code https://fetch.spec.whatwg.org/#cors-check};
 *                empty when the step cites nothing
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ExplanationStep(String text, String specUrl) {

    public ExplanationStep {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(specUrl, "specUrl must not be null");
    }

    /** Build a step that cites a Fetch anchor, e.g. {@code fetch("…", "cors-check")}. */
    public static ExplanationStep fetch(String text, String anchor) {
        return new ExplanationStep(text, SpecLinks.fetch(anchor));
    }
}
