package dev.corstck.tck.explain;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.explain.har.HarFormatException;
import dev.corstck.tck.explain.har.HarInputs;
import dev.corstck.tck.explain.har.HarLog;
import dev.corstck.tck.explain.har.HarReader;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.WireProber;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The ways in: explain every cross-origin request of a HAR, or one request sent to a live server.
 *
 * <pre>{@code
 * ExplainReport r = Explanations.fromHar(Path.of("session.har"));
 * r.requests().get(0).engines().get(Engine.CHROMIUM).outcome();   // NETWORK_ERROR
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Explanations {

    private Explanations() {
    }

    /** Explain the HAR file {@code file}. @throws HarFormatException naming the problem and where */
    public static ExplainReport fromHar(Path file) throws IOException, HarFormatException {
        return fromHar(file, Optional.empty());
    }

    /**
     * Explain the HAR file {@code file}, taking {@code assumed} as fetch()'s credentials option where the HAR does
     * not show it. @throws HarFormatException naming the problem and where
     */
    public static ExplainReport fromHar(Path file, Optional<CredentialsMode> assumed)
            throws IOException, HarFormatException {
        HarLog log = HarReader.read(file);
        return fromHar(file.toString(), log, assumed);
    }

    /** Explain the requests of {@code log}, read from {@code source}. */
    public static ExplainReport fromHar(String source, HarLog log, Optional<CredentialsMode> assumed) {
        Explainer explainer = new Explainer();
        List<HarInputs.Item> items = HarInputs.of(log, assumed);
        List<Explained> out = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        for (HarInputs.Item item : items) {
            if (consumed.contains(item.entry().index())) {
                continue; // a redirect hop, already explained with the request that led to it
            }
            out.add(explainer.explain(item.input(), item.evidence()));
            consumed.addAll(item.evidence().usedEntries());
        }
        int skipped = log.entries().size() - items.size()
                - (int) log.entries().stream().filter(e -> e.isPreflight()).count()
                + (int) items.stream().filter(i -> i.input().preflightEntry()).count();
        return new ExplainReport(source + " (" + log.entries().size() + " entries, written by "
                + (log.creator().isEmpty() ? "an unnamed tool" : log.creator()) + ")", out, Math.max(0, skipped));
    }

    /**
     * Send {@code input}'s preflight and actual request to the live server and explain it; {@code cookie} goes on
     * the actual request when credentials are included.
     */
    public static ExplainReport live(String source, ExplainInput input, ProbeOptions options,
            Optional<String> cookie) {
        try (WireProber prober = new WireProber(options)) {
            LiveEvidence evidence = new LiveEvidence(prober, cookie);
            Explained e = new Explainer().explain(input, evidence);
            List<String> sent = evidence.exchanges().stream().map(x -> x.summary()).toList();
            Explained withWire = new Explained(e.input(), e.preflight(), e.preflightRequest(), e.engines(),
                    e.decideWith(), e.diagnosis(), sent);
            return new ExplainReport(source, List.of(withWire), 0);
        }
    }
}
