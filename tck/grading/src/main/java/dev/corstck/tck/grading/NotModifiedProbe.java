package dev.corstck.tck.grading;

import dev.corstck.tck.catalog.CorsCheckRules;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.reports.model.Engine;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A revalidation of a CORS response: the allowed origin's GET again, with the {@code ETag} (or
 * {@code Last-Modified}) the target gave. A 304 must carry {@code Access-Control-Allow-Origin} too: browsers merge it
 * into the stored response, but an intermediary may serve it alone (see fetch#concept-http-fetch, the note on 304).
 * One probe per endpoint; a target that answers anything but 304 is not judged.
 */
final class NotModifiedProbe {

    /** The rule this probe decides. */
    static final Rule RULE = CorsCheckRules.NOT_MODIFIED;

    private NotModifiedProbe() {
    }

    static void check(List<ScenarioRun> runs, Responder target, Findings f) {
        Set<String> done = new HashSet<>();
        for (ScenarioRun run : runs) {
            if (run.failure().isPresent() || run.scenario().originClass() != OriginClass.ALLOWED
                    || !run.scenario().shape().name().equals("get") || run.scenario().isWireOnly()
                    || done.contains(run.scenario().endpoint().path())) {
                continue;
            }
            Optional<Exchange> first = FollowUpProbes.first(run, ExchangeKind.ACTUAL);
            Optional<RawRequest> conditional = first.flatMap(e -> conditional(run, e));
            if (conditional.isEmpty()) {
                continue;
            }
            done.add(run.scenario().endpoint().path());
            Exchange e = FollowUpProbes.send(target, first.get(), ExchangeKind.ACTUAL, conditional.get());
            e.response().filter(r -> r.status() == 304).ifPresent(r -> judge(run, first.get().response().get(), e,
                    r, f));
        }
    }

    /** The GET with the validator of its granted 200 answer, when it has one. */
    private static Optional<RawRequest> conditional(ScenarioRun run, Exchange e) {
        RawResponse r = e.response().get();
        if (r.status() != 200 || !Grants.grants(r, run.origin())) {
            return Optional.empty();
        }
        Optional<String> etag = r.headers().first("ETag");
        Optional<String> modified = r.headers().first("Last-Modified");
        if (etag.isPresent()) {
            return Optional.of(e.request().withHeaders(e.request().headers().with("If-None-Match", etag.get())));
        }
        return modified.map(m -> e.request().withHeaders(e.request().headers().with("If-Modified-Since", m)));
    }

    private static void judge(ScenarioRun run, RawResponse ok, Exchange e, RawResponse notModified, Findings f) {
        boolean passes = Grants.grants(notModified, run.origin());
        f.judge(RULE, FollowUpProbes.derived(run, List.of(e)))
                .by(Engine.WIRE)
                .expected("the 304 carries Access-Control-Allow-Origin as the 200 did (" + Grants.acaoText(ok) + ")")
                .actual("304 to a revalidation with "
                        + (e.request().headers().contains("If-None-Match") ? "If-None-Match"
                        : "If-Modified-Since") + ": Access-Control-Allow-Origin " + Grants.acaoText(notModified))
                .violatedIf(!passes);
    }
}
