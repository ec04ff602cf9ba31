package dev.corstck.tck.explain;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.Responder;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.Prediction;
import dev.corstck.tck.simulator.Scenario;
import dev.corstck.tck.simulator.Simulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Explain requests: run each through the simulator once per engine profile on the evidence's responses, and turn the
 * predictions into verdicts with the deciding step, console lines, rules and fix. What the evidence cannot answer
 * makes the verdict {@code UNKNOWN}, with what is missing; where only the preflight is missing but the recording
 * shows the actual request was sent, the preflight passed in the recording browser, and any profile that fails the
 * actual response fails it whatever the preflight said.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Explainer {

    /** How many problems past the first are looked for ({@link EngineVerdict#alsoWrong()}). */
    static final int MAX_FOLLOW_UPS = 6;

    private final List<BrowserProfile> profiles;

    /** An explainer for the spec and the three engines. */
    public Explainer() {
        this(BrowserProfile.ALL);
    }

    Explainer(List<BrowserProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /** One simulator run and what the evidence could not give it. */
    private record Run(Prediction prediction, List<String> missing, List<String> assumptions, boolean granted,
            PreflightSource source, List<String> served) {

        ExplainedOutcome outcome() {
            return ExplainedOutcome.of(prediction.outcome());
        }

        boolean isComplete() {
            return missing.isEmpty() && (assumptions.isEmpty() || outcome().isBlocked() || granted);
        }
    }

    /** Explain {@code input} on {@code evidence}. */
    public Explained explain(ExplainInput input, Evidence evidence) {
        List<CredentialsMode> modes = deduceCredentials(input, evidence);
        List<String> modeNotes = modes.size() < input.credentials().size()
                ? List.of("credentials mode deduced: " + modes.get(0).token() + " (" + input.recorded().describe()
                        + "; with the other mode it would not have been)") : List.of();
        Map<Engine, EngineVerdict> verdicts = new LinkedHashMap<>();
        Run lead = null;
        for (BrowserProfile profile : profiles) {
            List<Attempt> attempts = new ArrayList<>();
            for (CredentialsMode mode : modes) {
                attempts.add(decide(profile, input, input.request().withCredentials(mode), evidence));
            }
            EngineVerdict v = combine(attempts, modes);
            for (String note : modeNotes) {
                v = v.withNote(note);
            }
            verdicts.put(profile.engine(), v);
            if (lead == null) {
                lead = attempts.get(0).run();
            }
        }
        verdicts = Agreement.check(verdicts, input.recorded());
        boolean unknown = verdicts.values().stream().anyMatch(v -> !v.outcome().isDecided());
        Optional<String> decideWith = unknown ? Optional.of(DecideLine.of(input.request(), modes)) : Optional.empty();
        Optional<RawRequest> preflight = lead == null ? Optional.empty() : lead.prediction().preflightRequest();
        PreflightSource source = lead == null ? PreflightSource.NOT_NEEDED : lead.source();
        if (source == PreflightSource.NOT_NEEDED && preflight.isPresent()) {
            source = PreflightSource.RECONSTRUCTED;
        }
        PreflightDiagnosis.Result diagnosis = evidence instanceof LiveEvidence live
                ? PreflightDiagnosis.of(live, input.request(), preflight, verdicts.values())
                : PreflightDiagnosis.Result.NONE;
        if (!diagnosis.refusedHeaders().isEmpty()) {
            verdicts = HeaderCause.retarget(verdicts, input.request(), diagnosis.refusedHeaders());
        }
        return new Explained(input, source, preflight, verdicts, decideWith, diagnosis.lines(),
                lead == null ? List.of() : lead.served());
    }

    /** One credentials mode's verdict for one profile. */
    private record Attempt(CredentialsMode mode, EngineVerdict verdict, Run run) {
    }

    private Attempt decide(BrowserProfile profile, ExplainInput input, FetchRequest request, Evidence ev) {
        Run r = run(profile, request, ev, false);
        if (r.isComplete()) {
            return new Attempt(request.credentials(), verdict(profile, request, ev, r), r);
        }
        if (!r.missing().isEmpty() && r.source() == PreflightSource.RECONSTRUCTED && ev.actualWasSent()) {
            Run g = run(profile, request, ev, true);
            if (g.missing().isEmpty()) {
                boolean recorder = input.recorded().engine().equals(Optional.of(profile.engine()));
                boolean actualFails = g.outcome().isBlocked()
                        && g.prediction().block().map(b -> !b.reason().isPreflightFailure()).orElse(false);
                if (recorder) {
                    return new Attempt(request.credentials(), verdict(profile, request, ev, g).withNote(
                            "the preflight is not in the input; " + profile.name() + " sent the actual request, so "
                                    + "its preflight passed (or came from its preflight cache)"), g);
                }
                if (actualFails) {
                    return new Attempt(request.credentials(), verdict(profile, request, ev, g).withNote(
                            "the preflight is not in the input; the actual response fails whatever it said"), g);
                }
                return new Attempt(request.credentials(), verdict(profile, request, ev, r).unknown(r.missing(),
                        List.of()), r);
            }
            return new Attempt(request.credentials(), verdict(profile, request, ev, g).unknown(g.missing(),
                    List.of()), g);
        }
        List<String> why = new ArrayList<>(r.missing());
        if (why.isEmpty()) {
            r.assumptions().forEach(a -> why.add(a + " (it decides the outcome here)"));
        }
        return new Attempt(request.credentials(), verdict(profile, request, ev, r).unknown(why, List.of()), r);
    }

    private Run run(BrowserProfile profile, FetchRequest request, Evidence ev, boolean grant) {
        return run(profile, request, ev, ev, grant);
    }

    private Run run(BrowserProfile profile, FetchRequest request, Evidence ev, Responder via, boolean grant) {
        ev.startRun(grant);
        if (ev instanceof LiveEvidence live) {
            live.includeCredentials(request.credentials() == CredentialsMode.INCLUDE);
        }
        Prediction p = Simulator.of(profile).predict(Scenario.of("explain", request), via).of(profile.engine());
        return new Run(p, ev.missing(), ev.assumptions(), grant, ev.preflightSource(), ev.servedItems());
    }

    private EngineVerdict verdict(BrowserProfile profile, FetchRequest request, Evidence ev, Run r) {
        Prediction p = r.prediction();
        Optional<Block> block = p.block();
        Engine engine = profile.engine();
        List<String> console = engine == Engine.SPEC ? List.of()
                : block.map(b -> b.console().of(engine)).orElse(List.of());
        List<String> rules = block.map(BlockRules::of).orElse(List.of());
        Optional<Fix> fix = block.map(b -> Remedies.of(b, request));
        List<Block> next = block.map(b -> followUps(profile, request, ev, r.granted(), b)).orElse(List.of());
        List<String> notes = new ArrayList<>();
        HeaderCause.hint(p, block, next).ifPresent(notes::add);
        if (!r.assumptions().isEmpty() && !r.granted()) {
            r.assumptions().forEach(a -> notes.add("assumed: " + a));
        }
        return new EngineVerdict(engine, r.outcome(), p.explanation().decidingStep(), block, console, rules, fix,
                next, p.explanation().steps(), List.of(), notes);
    }

    /** Fix each problem in turn in the responses and collect what blocks next. */
    private List<Block> followUps(BrowserProfile profile, FetchRequest request, Evidence ev, boolean grant,
            Block first) {
        Patches patches = new Patches(ev);
        List<Block> out = new ArrayList<>();
        List<String> seen = new ArrayList<>(List.of(first.reason() + ":" + first.detail()));
        Block current = first;
        while (out.size() < MAX_FOLLOW_UPS && patches.fix(current)) {
            Run r = run(profile, request, ev, patches, grant);
            if (!r.missing().isEmpty() || r.prediction().block().isEmpty() || !r.outcome().isBlocked()) {
                break;
            }
            current = r.prediction().block().get();
            String key = current.reason() + ":" + current.detail();
            if (seen.contains(key)) {
                break;
            }
            seen.add(key);
            out.add(current);
        }
        return out;
    }

    private EngineVerdict combine(List<Attempt> attempts, List<CredentialsMode> modes) {
        Attempt first = attempts.get(0);
        if (attempts.size() == 1) {
            return first.verdict();
        }
        boolean allSame = attempts.stream().allMatch(a -> a.verdict().outcome() == first.verdict().outcome()
                && a.verdict().outcome().isDecided()
                && a.verdict().block().map(Block::reason).equals(first.verdict().block().map(Block::reason)));
        if (allSame) {
            return first.verdict().withNote("the same whether fetch() included credentials or not");
        }
        boolean sameOutcome = attempts.stream().allMatch(a -> a.verdict().outcome() == first.verdict().outcome()
                && a.verdict().outcome().isDecided());
        if (sameOutcome) {
            StringBuilder note = new StringBuilder("the input does not show fetch()'s credentials option: the step "
                    + "shown is for '" + first.mode().token() + "'");
            for (Attempt a : attempts.subList(1, attempts.size())) {
                note.append("; with '").append(a.mode().token()).append("' it fails first on ")
                        .append(a.verdict().block().map(b -> b.reason() + (b.detail().isEmpty() ? ""
                                : " (" + b.detail() + ")")).orElse("another step"));
            }
            return first.verdict().withNote(note.toString());
        }
        List<String> why = new ArrayList<>();
        StringBuilder differs = new StringBuilder("whether fetch() used credentials: 'include' (the input does not "
                + "record it and no Cookie header was sent): ");
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            differs.append(i == 0 ? "" : "; ").append(a.mode().token()).append(" gives ")
                    .append(a.verdict().outcome()).append(a.verdict().block().map(b -> " (" + b.reason() + ")")
                            .orElse(""));
        }
        why.add(differs.toString());
        attempts.forEach(a -> why.addAll(a.verdict().missing()));
        return first.verdict().unknown(why.stream().distinct().toList(), List.of());
    }

    /**
     * Narrow the possible credentials modes with what the recording browser did: when exactly one mode gives its
     * recorded result (blocked or allowed), that was the mode.
     */
    private List<CredentialsMode> deduceCredentials(ExplainInput input, Evidence ev) {
        BrowserRecord rec = input.recorded();
        if (input.credentials().size() < 2 || rec.engine().isEmpty()
                || (rec.result() != BrowserRecord.Result.BLOCKED && rec.result() != BrowserRecord.Result.ALLOWED)) {
            return input.credentials();
        }
        BrowserProfile profile = BrowserProfile.of(rec.engine().get());
        List<CredentialsMode> matching = new ArrayList<>();
        for (CredentialsMode mode : input.credentials()) {
            Attempt a = decide(profile, input, input.request().withCredentials(mode), ev);
            ExplainedOutcome o = a.verdict().outcome();
            boolean blocked = rec.result() == BrowserRecord.Result.BLOCKED;
            if (o.isDecided() && o.isBlocked() == blocked) {
                matching.add(mode);
            }
        }
        return matching.size() == 1 ? matching : input.credentials();
    }
}
