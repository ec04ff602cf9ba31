package dev.corstck.reference.server;

import dev.corstck.reference.decision.CorsProcessor;
import dev.corstck.reference.decision.Decision;
import dev.corstck.reference.decision.Handling;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.profile.Exchange;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.profile.ResponseMutation;
import dev.corstck.reference.profile.Route;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The reference target without the network: the demo application behind the CORS processor (and a mistake
 * profile, if any). {@link #respond(String, RawRequest)} answers exactly as {@link EmbeddedTarget} does over the
 * wire: the same status, body and header lines in the same order and spelling (only {@code Date} differs in value).
 * Thread-safe; fast enough for the simulator to ask it hundreds of thousands of times.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReferenceResponder implements Responder {

    private final CorsProcessor processor;
    private final ResponseMutation mutation;
    private final Optional<MistakeProfile> profile;
    private final DemoApplication application = new DemoApplication();
    private final RequestJournal journal = new RequestJournal();

    /** A correct reference server running {@code policy}. */
    public ReferenceResponder(CorsPolicy policy) {
        this(policy, Optional.empty());
    }

    /** A reference server for the intended {@code policy}, made wrong by {@code profile} when present. */
    public ReferenceResponder(CorsPolicy policy, Optional<MistakeProfile> profile) {
        Objects.requireNonNull(policy, "policy must not be null");
        this.profile = Objects.requireNonNull(profile, "profile must not be null");
        this.processor = new CorsProcessor(profile.map(p -> p.policy(policy)).orElse(policy));
        this.mutation = profile.map(MistakeProfile::mutation).orElse(ResponseMutation.NONE);
    }

    /** The policy actually applied (the profile's, when there is one). */
    public CorsPolicy policy() {
        return processor.policy();
    }

    public Optional<MistakeProfile> profile() {
        return profile;
    }

    /** Every request handled, over the wire or in process. */
    public RequestJournal journal() {
        return journal;
    }

    /** Answer as the wire would: header names spelled and ordered as the JDK server writes them, plus its own headers. */
    @Override
    public RawResponse respond(String origin, RawRequest request) {
        return WireForm.shape(request, handle(request));
    }

    /** Answer {@code request}: record it, decide, run the application, add the CORS headers, apply the profile. */
    public RawResponse handle(RawRequest request) {
        journal.record(request);
        Decision decision = processor.decide(request.method(), request.headers());
        RawResponse application;
        Route route;
        if (decision.handling() instanceof Handling.Answer answer) {
            application = new RawResponse(answer.status(), HeaderList.empty(), "");
            route = Route.UNMATCHED;
        } else {
            DemoApplication.Routed routed = application(request);
            application = routed.response();
            route = routed.route();
        }
        RawResponse correct = new RawResponse(application.status(), decision.applyTo(application.headers()),
                application.body());
        return mutation.mutate(new Exchange(request, decision, application, correct, route));
    }

    private DemoApplication.Routed application(RawRequest request) {
        return this.application.handle(request);
    }
}
