package dev.corstck.tck.simulator.replay;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Expand the request-dependent placeholders of a response template: {@code {origin}} (the request's {@code Origin}),
 * {@code {acrm}} and {@code {acrh}} (the preflight's requested method and headers).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Placeholders {

    private static final String[][] SOURCES = {
        {"{origin}", "Origin"}, {"{acrm}", "Access-Control-Request-Method"}, {"{acrh}", "Access-Control-Request-Headers"}
    };

    private Placeholders() {
    }

    /** Expand {@code template}'s header values for {@code request}; lines naming an absent header are dropped. */
    public static HeaderList expand(HeaderList template, RawRequest request) {
        List<HeaderField> out = new ArrayList<>(template.size());
        for (HeaderField f : template.fields()) {
            expand(f.value(), request).ifPresent(v -> out.add(new HeaderField(f.name(), v)));
        }
        return new HeaderList(out);
    }

    private static Optional<String> first(HeaderList headers, String name) {
        for (HeaderField f : headers.fields()) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f.value());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> expand(String value, RawRequest request) {
        if (value.indexOf('{') < 0) {
            return Optional.of(value);
        }
        String v = value;
        for (String[] s : SOURCES) {
            if (v.contains(s[0])) {
                Optional<String> actual = first(request.headers(), s[1]);
                if (actual.isEmpty()) {
                    return Optional.empty();
                }
                v = v.replace(s[0], actual.get());
            }
        }
        return Optional.of(v);
    }
}
