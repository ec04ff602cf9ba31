package dev.corstck.tck.grading;

import dev.corstck.tck.probe.ProbeFailedException;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.fetch.http.ResponderException;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live target as the simulator sees it: each distinct request goes on the wire once (the simulator runs one
 * scenario under several browser profiles, which mostly send the same requests), and nothing is sent after the
 * run's deadline. Thread-safe.
 */
final class TargetResponder implements Responder {

    /** A request as the cache keys it: everything that goes on the wire. */
    private record Key(String origin, String method, String target, String headers, String body) {
        static Key of(String origin, RawRequest r) {
            return new Key(origin, r.method(), r.target(), r.headers().toString(), r.body());
        }
    }

    /** What a {@link Result} with a response carries as its failure: never read. */
    private static final NoResponse SENT = new NoResponse.Other("");

    /** A response, or why there is none. */
    private record Result(Optional<RawResponse> response, NoResponse failure) {
    }

    private final Responder wire;
    private final long deadlineNanos;
    private final String deadlineText;
    private final Map<Key, CompletableFuture<Result>> sent = new ConcurrentHashMap<>();
    private final AtomicInteger exchanges = new AtomicInteger();

    /** Send through {@code wire} until {@code deadlineNanos} ({@link System#nanoTime()} scale). */
    TargetResponder(Responder wire, long deadlineNanos, String deadlineText) {
        this.wire = wire;
        this.deadlineNanos = deadlineNanos;
        this.deadlineText = deadlineText;
    }

    @Override
    public RawResponse respond(String origin, RawRequest request) throws ResponderException {
        Key key = Key.of(origin, request);
        CompletableFuture<Result> mine = new CompletableFuture<>();
        CompletableFuture<Result> existing = sent.putIfAbsent(key, mine);
        Result result = existing == null ? send(origin, request, mine) : await(existing);
        if (result.response().isPresent()) {
            return result.response().get();
        }
        throw new ResponderException(result.failure().describe());
    }

    /** The failure of an exchange the simulator made, if it failed. */
    Optional<NoResponse> failureOf(String origin, RawRequest request) {
        CompletableFuture<Result> f = sent.get(Key.of(origin, request));
        return f == null || !f.isDone() ? Optional.empty()
                : Optional.of(f.join()).filter(r -> r.response().isEmpty()).map(Result::failure);
    }

    /**
     * Forget the answers to the requests of {@code runs}' scenarios (those for their URLs), once their endpoint is
     * graded, so a grading does not hold every response it got to the end. Scenario URLs are unique (each carries its
     * scenario's marker), so nothing sends these again; answers for other URLs (redirect hops, a probe's URL without
     * the query) are kept, as they may be asked again.
     */
    void forget(List<ScenarioRun> runs) {
        Set<String> targets = new HashSet<>();
        runs.forEach(r -> FetchUrl.parse(r.scenario().url()).map(FetchUrl::target).ifPresent(targets::add));
        sent.keySet().removeIf(k -> targets.contains(k.target()));
    }

    /** How many requests went on the wire. */
    int exchangeCount() {
        return exchanges.get();
    }

    private Result send(String origin, RawRequest request, CompletableFuture<Result> slot) {
        Result result;
        if (System.nanoTime() - deadlineNanos >= 0 || RunStop.isCut()) {
            result = new Result(Optional.empty(), new NoResponse.DeadlinePassed("not sent: the run deadline ("
                    + deadlineText + ") had passed" + (RunStop.isCut() ? " (the run was cut short)" : "")));
        } else {
            try {
                exchanges.incrementAndGet();
                result = new Result(Optional.of(wire.respond(origin, request)), SENT);
            } catch (ProbeFailedException e) {
                result = new Result(Optional.empty(), new NoResponse.Probe(e.failure()));
            } catch (ResponderException | RuntimeException e) {
                result = new Result(Optional.empty(), new NoResponse.Other(String.valueOf(e.getMessage())));
            }
        }
        slot.complete(result);
        return result;
    }

    private static Result await(CompletableFuture<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Optional.empty(), new NoResponse.Interrupted("interrupted"));
        } catch (ExecutionException e) {
            return new Result(Optional.empty(), new NoResponse.Other(String.valueOf(e.getCause())));
        }
    }
}
