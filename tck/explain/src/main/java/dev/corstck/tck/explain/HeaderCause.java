package dev.corstck.tck.explain;

import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.ConsoleMessages;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.ExchangeKind;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.Prediction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Method PUT is not allowed" when the cause is a header: a server that refuses one requested header often refuses
 * the whole preflight (no {@code Access-Control-Allow-Methods} or {@code -Headers} at all), and every engine checks
 * the method before the headers (fetch#cors-preflight-fetch-0 steps 7.3 to 7.8), so the console names the method.
 */
final class HeaderCause {

    private HeaderCause() {
    }

    /**
     * The note for a recorded preflight refused as a whole: no allow lists at all while headers were requested.
     * Which header is refused cannot be read from such a response; a live server can be asked header by header.
     */
    static Optional<String> hint(Prediction p, Optional<Block> block, List<Block> next) {
        if (block.isEmpty() || block.get().reason() != BlockReason.METHOD_DISALLOWED
                || next.stream().noneMatch(b -> b.reason() == BlockReason.HEADER_DISALLOWED)) {
            return Optional.empty();
        }
        Optional<RawResponse> response = p.exchanges().stream().filter(e -> e.kind() == ExchangeKind.PREFLIGHT)
                .findFirst().flatMap(e -> e.response());
        boolean refusedWhole = response.map(r -> r.headers().contains("Access-Control-Allow-Origin")
                && !r.headers().contains("Access-Control-Allow-Methods")
                && !r.headers().contains("Access-Control-Allow-Headers")).orElse(false);
        if (!refusedWhole) {
            return Optional.empty();
        }
        return Optional.of("the preflight response has Access-Control-Allow-Origin but no Allow-Methods or "
                + "Allow-Headers at all: servers that refuse one requested header answer so (the reference "
                + "implementation and many others refuse the whole preflight), and browsers check the method "
                + "first, so the console names the method; the cause may be a header listed under 'then' (explain "
                + "--url asks the server header by header)");
    }

    /**
     * With the live diagnosis showing the server grants the method but refuses {@code headers}: name the header as
     * the cause and its fix, keep the deciding step the browsers report, and say why both appear.
     */
    static Map<Engine, EngineVerdict> retarget(Map<Engine, EngineVerdict> verdicts, FetchRequest request,
            List<String> headers) {
        Map<Engine, EngineVerdict> out = new LinkedHashMap<>();
        for (Map.Entry<Engine, EngineVerdict> e : verdicts.entrySet()) {
            EngineVerdict v = e.getValue();
            boolean methodFirst = v.block().map(b -> b.reason() == BlockReason.METHOD_DISALLOWED).orElse(false);
            if (!methodFirst) {
                out.put(e.getKey(), v);
                continue;
            }
            Block header = new Block(BlockReason.HEADER_DISALLOWED, headers.get(0), new ConsoleMessages(Map.of()));
            Fix f = Remedies.of(header, request);
            Fix fix = new Fix("the server refuses the request header" + (headers.size() > 1 ? "s " : " ")
                    + String.join(", ", headers) + " and then sends no Access-Control-Allow-Methods either; the "
                    + "browser checks the method first, so it reports '" + request.method() + "' (" + f.cause()
                    + ")", f.remedy());
            List<String> rules = new ArrayList<>(v.rules());
            for (String h : headers) {
                BlockRules.of(new Block(BlockReason.HEADER_DISALLOWED, h, header.console())).stream()
                        .filter(id -> !rules.contains(id)).forEach(rules::add);
            }
            rules.remove("preflight.acam-lists-method");
            List<Block> next = v.alsoWrong().stream().filter(b -> b.reason() != BlockReason.HEADER_DISALLOWED
                    || headers.stream().anyMatch(h -> h.equalsIgnoreCase(b.detail()))).toList();
            out.put(e.getKey(), new EngineVerdict(v.engine(), v.outcome(), v.decidingStep(), v.block(), v.console(),
                    rules, Optional.of(fix), next, v.steps(), v.missing(), v.notes()).withNote(
                    "the console names the method, but the diagnosis shows the server grants " + request.method()
                            + " when asked without " + String.join(", ", headers)));
        }
        return out;
    }
}
