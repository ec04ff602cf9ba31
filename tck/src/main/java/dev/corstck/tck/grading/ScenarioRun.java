package dev.corstck.tck.grading;

import dev.corstck.reference.http.RawResponse;
import dev.corstck.tck.generation.GeneratedScenario;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.Prediction;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One scenario after the wire stage: what the target answered (and what the simulator made of it per profile), what
 * the reference implementation answered for the same policy, and why the target could not be graded, if so.
 *
 * @param exchanges         the target's exchanges, as the spec-profile simulator (or the raw probes) sent them
 * @param expectedExchanges the reference implementation's answers to the same requests; empty without a policy
 * @param actual            the simulator's predictions on the target's responses, per profile
 * @param expected          the simulator's predictions on the reference's responses, per profile; empty without a policy
 * @param failure           why the target gave no usable response, if it did not
 */
record ScenarioRun(GeneratedScenario scenario, List<Exchange> exchanges, List<Exchange> expectedExchanges,
        Map<Engine, Prediction> actual, Map<Engine, Prediction> expected, Optional<String> failure) {

    ScenarioRun {
        Objects.requireNonNull(scenario, "scenario must not be null");
        exchanges = List.copyOf(exchanges);
        expectedExchanges = List.copyOf(expectedExchanges);
        actual = Map.copyOf(actual);
        expected = Map.copyOf(expected);
        Objects.requireNonNull(failure, "failure must not be null");
    }

    /** A scenario that never ran, for the reason given. */
    static ScenarioRun notRun(GeneratedScenario scenario, String reason) {
        return new ScenarioRun(scenario, List.of(), List.of(), Map.of(), Map.of(), Optional.of(reason));
    }

    /** The serialized page origin ({@code null} for opaque). */
    String origin() {
        return scenario.page().origin();
    }

    boolean isDeclared() {
        return !expectedExchanges.isEmpty();
    }

    Optional<Prediction> actualSpec() {
        return Optional.ofNullable(actual.get(Engine.SPEC));
    }

    Optional<Prediction> expectedSpec() {
        return Optional.ofNullable(expected.get(Engine.SPEC));
    }

    /** The target's first response of {@code kind}. */
    Optional<RawResponse> response(ExchangeKind kind) {
        return first(exchanges, kind);
    }

    /** The reference's first response of {@code kind}. */
    Optional<RawResponse> expectedResponse(ExchangeKind kind) {
        return first(expectedExchanges, kind);
    }

    /**
     * Answer whether the origin is meant to be allowed: the reference grants it (with a policy), or the target
     * itself grants it (without one).
     */
    boolean originIntended() {
        List<Exchange> source = isDeclared() ? expectedExchanges : exchanges;
        return source.stream().flatMap(e -> e.response().stream()).anyMatch(r -> Grants.grants(r, origin()));
    }

    /**
     * Answer whether credentialed access is meant: the reference grants the origin with
     * {@code Access-Control-Allow-Credentials: true} (with a policy), or the target sends that header (without one).
     */
    boolean credentialsIntended() {
        if (!isDeclared()) {
            return exchanges.stream().flatMap(e -> e.response().stream()).anyMatch(Grants::allowsCredentials);
        }
        return expectedExchanges.stream().flatMap(e -> e.response().stream())
                .anyMatch(r -> Grants.grants(r, origin()) && Grants.allowsCredentials(r));
    }

    /** Answer whether the request carried an {@code Origin} header, so CORS applies to its responses. */
    boolean sentOrigin(Exchange e) {
        return e.request().headers().contains("Origin");
    }

    private static Optional<RawResponse> first(List<Exchange> list, ExchangeKind kind) {
        return list.stream().filter(e -> e.kind() == kind).findFirst().flatMap(Exchange::response);
    }
}
