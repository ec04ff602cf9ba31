package dev.corstck.reference.server;

import com.sun.net.httpserver.Headers;
import dev.corstck.reference.http.HeaderList;
import dev.corstck.reference.http.RawRequest;
import dev.corstck.reference.http.RawResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the JDK HTTP server makes of a response on the wire: it keeps header lines in a {@link Headers} map (names
 * recased to {@code Xxxx-xxxx}, order per name kept, order across names that of the map) and adds {@code Date} and
 * {@code Content-length}. Both the server adapter and the in-process responder go through here, so they agree.
 */
final class WireForm {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz",
            Locale.US).withZone(ZoneId.of("GMT"));

    private WireForm() {
    }

    /** Answer whether the server sends no body and no {@code Content-length} for this status and method. */
    static boolean hasNoBody(RawRequest request, int status) {
        return status == 204 || status == 304 || status < 200 || request.method().equals("HEAD");
    }

    /** Copy {@code headers} into the JDK map in order, as the adapter does before sending. */
    static void copyInto(HeaderList headers, Headers target) {
        headers.fields().forEach(f -> target.add(f.name(), f.value()));
    }

    /** The response as the JDK server writes it for {@code request}. */
    static RawResponse shape(RawRequest request, RawResponse response) {
        Headers headers = new Headers();
        copyInto(response.headers(), headers);
        headers.set("Date", DATE.format(Instant.now()));
        boolean noBody = hasNoBody(request, response.status());
        if (!noBody) {
            headers.set("Content-length", Integer.toString(response.body().getBytes(StandardCharsets.UTF_8).length));
        }
        HeaderList.Builder out = HeaderList.builder();
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            e.getValue().forEach(v -> out.add(e.getKey(), v));
        }
        return new RawResponse(response.status(), out.build(), noBody ? "" : response.body());
    }
}
