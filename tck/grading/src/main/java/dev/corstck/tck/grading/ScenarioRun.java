package dev.corstck.tck.grading;

import dev.corstck.fetch.http.RawResponse;
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
 * @param requirement       what Fetch and the declared policy require of the target's answer, from the requests as
 *                          sent; {@link Requirement.Undeclared} without a policy
 */
record ScenarioRun(GeneratedScenario scenario, List<Exchange> exchanges, List<Exchange> expectedExchanges,
        Map<Engine, Prediction> actual, Map<Engine, Prediction> expected, Optional<NoResponse> failure,
        Requirement requirement) {

    ScenarioRun {
        Objects.requireNonNull(scenario, "scenario must not be null");
        exchanges = List.copyOf(exchanges);
        expectedExchanges = List.copyOf(expectedExchanges);
        actual = Map.copyOf(actual);
        expected = Map.copyOf(expected);
        Objects.requireNonNull(failure, "failure must not be null");
        Objects.requireNonNull(requirement, "requirement must not be null");
    }

    /** A scenario that never ran, for the reason given. */
    static ScenarioRun notRun(GeneratedScenario scenario, NoResponse reason) {
        return new ScenarioRun(scenario, List.of(), List.of(), Map.of(), Map.of(), Optional.of(reason),
                new Requirement.Undeclared());
    }

    /** The serialized page origin ({@code null} for opaque). */
    String origin() {
        return scenario.page().origin();
    }

    /** Answer whether a policy was declared, so the scenario has a requirement to grade against. */
    boolean isDeclared() {
        return !(requirement instanceof Requirement.Undeclared);
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
     * Answer whether the origin is meant to be allowed: the declared policy allows it for this request (the
     * requirement is to share, or leaves room only for method or header choices), or, without a policy, the target
     * itself grants it.
     */
    boolean originIntended() {
        if (requirement instanceof Requirement.Undeclared) {
            return exchanges.stream().flatMap(e -> e.response().stream()).anyMatch(r -> Grants.grants(r, origin()));
        }
        if (requirement instanceof Requirement.MustRefuse m) {
            return m.refusal() == Requirement.Refusal.CREDENTIALS;
        }
        if (requirement instanceof Requirement.Either e) {
            return e.latitude() != Requirement.Latitude.WIRE_ONLY_ORIGIN;
        }
        return requirement.mustShare();
    }

    /**
     * Answer whether credentialed access is meant: the declared policy requires sharing this credentialed request,
     * or, without a policy, the target sends {@code Access-Control-Allow-Credentials: true}.
     */
    boolean credentialsIntended() {
        if (!isDeclared()) {
            return exchanges.stream().flatMap(e -> e.response().stream()).anyMatch(Grants::allowsCredentials);
        }
        return scenario.includesCredentials() && requirement.mustShare();
    }

    /**
     * Answer whether a response to a request that carried this scenario's origin in {@code Origin} names that origin
     * in its one {@code Access-Control-Allow-Origin}: a grant of the origin itself. A response to a request without
     * {@code Origin} (a {@code no-cors} GET) or with another one (after a redirect) says nothing about it.
     */
    boolean reflectsSentOrigin() {
        return exchanges.stream().filter(e -> e.request().headers().first("Origin").filter(origin()::equals)
                .isPresent()).flatMap(e -> e.response().stream()).anyMatch(r -> Grants.reflects(r, origin()));
    }

    /** Answer whether the request carried an {@code Origin} header, so CORS applies to its responses. */
    boolean sentOrigin(Exchange e) {
        return e.request().headers().contains("Origin");
    }

    private static Optional<RawResponse> first(List<Exchange> list, ExchangeKind kind) {
        return list.stream().filter(e -> e.kind() == kind).findFirst().flatMap(Exchange::response);
    }
}
