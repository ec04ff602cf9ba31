package dev.corstck.tck.explain;

import dev.corstck.tck.simulator.Engine;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hold the explanation against what the recording browser did: a disagreement is said loudly (it means the cause is
 * outside the CORS headers the input holds, or the simulator is wrong), never smoothed over.
 */
final class Agreement {

    private Agreement() {
    }

    static Map<Engine, EngineVerdict> check(Map<Engine, EngineVerdict> verdicts, BrowserRecord record) {
        if (record.engine().isEmpty() || !verdicts.containsKey(record.engine().get())) {
            return verdicts;
        }
        Engine engine = record.engine().get();
        EngineVerdict v = verdicts.get(engine);
        String note = switch (record.result()) {
            case BLOCKED -> !v.outcome().isDecided() ? engine.id() + " reported the block" + error(record)
                    + " but the HAR lacks what explains it"
                    : !v.outcome().isBlocked() ? "DISAGREES with the recording: " + engine.id() + " blocked this "
                    + "request" + error(record) + ", but its recorded responses pass every CORS check of the "
                    + engine.id() + " profile; the cause is outside the CORS headers in the HAR (the network, an "
                    + "extension, mixed content, Private Network Access, a response the export cut)" : "";
            case ALLOWED -> v.outcome().isBlocked() ? "DISAGREES with the recording: " + engine.id() + " let the page "
                    + "read this response, but its profile blocks it; this is a simulator bug, please report it" : "";
            default -> "";
        };
        if (note.isEmpty()) {
            return verdicts;
        }
        Map<Engine, EngineVerdict> out = new LinkedHashMap<>(verdicts);
        out.put(engine, v.withNote(note));
        return out;
    }

    private static String error(BrowserRecord record) {
        return record.errorText().isEmpty() ? "" : " (" + record.errorText() + ")";
    }
}
