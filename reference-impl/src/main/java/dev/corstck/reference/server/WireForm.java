package dev.corstck.reference.server;

import com.sun.net.httpserver.Headers;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * What the JDK HTTP server makes of a response on the wire: it keeps header lines in a {@link Headers} map (names
 * recased to {@code Xxxx-xxxx}, order per name kept, order across names that of the map) and adds {@code Date} and
 * {@code Content-length}. Both the server adapter and the in-process responder go through here, so they agree.
 */
final class WireForm {

    // The JDK server formats Date with "EEE, dd MMM yyyy HH:mm:ss zzz" in GMT and Locale.US. The same text is built
    // here from two tables: DateTimeFormatter's day and month names come from locale data, whose first look-up
    // was a tenth of a cold grade's reference-prediction time (WireFormTests compare the two).
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** The JDK server's reason phrases, each with its leading space; other statuses get a lone space. */
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(100, " Continue"),
            Map.entry(200, " OK"), Map.entry(201, " Created"), Map.entry(202, " Accepted"),
            Map.entry(203, " Non-Authoritative Information"), Map.entry(204, " No Content"),
            Map.entry(205, " Reset Content"), Map.entry(206, " Partial Content"), Map.entry(300, " Multiple Choices"),
            Map.entry(301, " Moved Permanently"), Map.entry(302, " Temporary Redirect"), Map.entry(303, " See Other"),
            Map.entry(304, " Not Modified"), Map.entry(305, " Use Proxy"), Map.entry(400, " Bad Request"),
            Map.entry(401, " Unauthorized"), Map.entry(402, " Payment Required"), Map.entry(403, " Forbidden"),
            Map.entry(404, " Not Found"), Map.entry(405, " Method Not Allowed"), Map.entry(406, " Not Acceptable"),
            Map.entry(407, " Proxy Authentication Required"), Map.entry(408, " Request Time-Out"),
            Map.entry(409, " Conflict"), Map.entry(410, " Gone"), Map.entry(411, " Length Required"),
            Map.entry(412, " Precondition Failed"), Map.entry(413, " Request Entity Too Large"),
            Map.entry(414, " Request-URI Too Large"), Map.entry(415, " Unsupported Media Type"),
            Map.entry(500, " Internal Server Error"), Map.entry(501, " Not Implemented"),
            Map.entry(502, " Bad Gateway"), Map.entry(503, " Service Unavailable"), Map.entry(504, " Gateway Timeout"),
            Map.entry(505, " HTTP Version Not Supported"));

    private WireForm() {
    }

    /** The status line's text after the code, as the JDK server writes it (e.g. {@code " OK"}, {@code " "}). */
    static String reasonPhrase(int status) {
        return REASONS.getOrDefault(status, " ");
    }

    /** Answer whether the server sends no body and no {@code Content-length} for this status and method. */
    static boolean hasNoBody(RawRequest request, int status) {
        return status == 204 || status == 304 || status < 200 || request.method().equals("HEAD");
    }

    /** Copy {@code headers} into the JDK map in order, as the adapter does before sending. */
    static void copyInto(HeaderList headers, Headers target) {
        headers.fields().forEach(f -> target.add(f.name(), f.value()));
    }

    /** {@code instant} as the JDK server writes a {@code Date} header (years 1000 to 9999). */
    static String httpDate(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder date = new StringBuilder(29).append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(date, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ')
                .append(t.getYear()).append(' ');
        twoDigits(date, t.getHour()).append(':');
        twoDigits(date, t.getMinute()).append(':');
        return twoDigits(date, t.getSecond()).append(" GMT").toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** The response as the JDK server writes it for {@code request}. */
    static RawResponse shape(RawRequest request, RawResponse response) {
        return shape(request, response, false, true);
    }

    /**
     * The response as the JDK server writes it, for an HTTP/1.0 request too: there it adds {@code Connection: close},
     * or {@code Connection: keep-alive} and {@code Keep-alive: timeout=30, max=200} when the client asked to keep it.
     */
    static RawResponse shape(RawRequest request, RawResponse response, boolean http10, boolean keepAlive) {
        Headers headers = new Headers();
        if (http10) {
            headers.set("Connection", keepAlive ? "keep-alive" : "close");
            if (keepAlive) {
                headers.set("Keep-alive", "timeout=30, max=200");
            }
        }
        copyInto(response.headers(), headers);
        headers.set("Date", httpDate(Instant.now()));
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
