package dev.corstck.tck.explain.render;

import dev.corstck.tck.explain.EngineVerdict;
import dev.corstck.tck.explain.Explained;
import dev.corstck.tck.simulator.Engine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Engines whose verdicts say the same thing, shown once: "spec, chromium, firefox, webkit: blocked because …". */
final class Groups {

    /** Engines with one verdict (the first engine's verdict stands for all). */
    record Group(List<Engine> engines, EngineVerdict verdict) {

        String names() {
            return String.join(", ", engines.stream().map(Engine::id).toList());
        }
    }

    private Groups() {
    }

    static List<Group> of(Explained e) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (EngineVerdict v : e.engines().values()) {
            String key = v.outcome() + "|" + v.block().map(b -> b.reason() + ":" + b.detail()).orElse("") + "|"
                    + v.missing() + "|" + v.alsoWrong().stream().map(b -> b.reason() + ":" + b.detail()).toList();
            Group g = groups.get(key);
            if (g == null) {
                groups.put(key, new Group(new ArrayList<>(List.of(v.engine())), v));
            } else {
                g.engines().add(v.engine());
            }
        }
        return List.copyOf(groups.values());
    }

    /** A verdict's headline word. */
    static String word(EngineVerdict v) {
        return switch (v.outcome()) {
            case CORS_OK, BASIC -> "ALLOWED";
            case NETWORK_ERROR, THROWS_SYNC -> "BLOCKED";
            case OPAQUE, OPAQUE_REDIRECT -> "OPAQUE";
            case UNKNOWN -> "UNKNOWN";
        };
    }
}
