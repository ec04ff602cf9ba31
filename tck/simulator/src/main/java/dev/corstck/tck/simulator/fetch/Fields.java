package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import java.util.ArrayList;
import java.util.List;

/** Loop-based header lookups for the hot path (the simulator runs them many times per prediction). */
final class Fields {

    private Fields() {
    }

    /** Every value of {@code name} in order, ignoring ASCII case; empty when absent. */
    static List<String> all(HeaderList headers, String name) {
        List<String> out = null;
        for (HeaderField f : headers.fields()) {
            if (f.name().equalsIgnoreCase(name)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(f.value());
            }
        }
        return out == null ? List.of() : out;
    }

    /** Answer whether any field of {@code headers} is named {@code name}, ignoring ASCII case. */
    static boolean contains(List<HeaderField> headers, String name) {
        for (HeaderField f : headers) {
            if (f.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
