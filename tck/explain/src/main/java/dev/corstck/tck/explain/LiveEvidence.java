package dev.corstck.tck.explain;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.probe.BrowserRequests;
import dev.corstck.tck.probe.Exchange;
import dev.corstck.tck.probe.ProbeFailure;
import dev.corstck.tck.probe.ProbeTarget;
import dev.corstck.tck.probe.WireProber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Live responses: each request the simulated browser makes is sent once to the server through the kit's
 * {@link WireProber}, shaped as Chromium sends it ({@link BrowserRequests}); the engine profiles share the answers, so
 * the server sees one preflight and one actual request, not four.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LiveEvidence extends Evidence {

    /** Headers the simulator adds that {@link BrowserRequests} writes in the browser's own form. */
    private static final Set<String> REBUILT = Set.of("host", "origin", "sec-fetch-mode", "user-agent", "accept");

    private final WireProber prober;
    private final Optional<String> cookie;
    private final Map<String, Exchange> sent = new LinkedHashMap<>();
    private boolean credentialsIncluded = true;

    /**
     * Answer from the live server through {@code prober} (owned by the caller); {@code cookie}, when present, goes on
     * actual requests whose credentials are included, as the browser's cookie jar would send it.
     */
    public LiveEvidence(WireProber prober, Optional<String> cookie) {
        this.prober = prober;
        this.cookie = cookie;
    }

    @Override
    protected RawResponse answer(String origin, RawRequest request, boolean preflight) throws MissingEvidence {
        RawRequest shaped = preflight ? shapePreflight(request) : shapeActual(request);
        Exchange e = send(origin, shaped);
        Optional<RawResponse> response = e.response();
        if (response.isEmpty()) {
            throw new MissingEvidence("a response from " + origin + " to " + shaped.method() + " " + shaped.target()
                    + ": " + e.failure().map(ProbeFailure::describe).orElse("none came back"));
        }
        return response.get();
    }

    /**
     * Send one more preflight for {@code method} and {@code names} from {@code origin} to {@code targetOrigin} +
     * {@code target} (a diagnosis: which requested header the server refuses); empty when nothing came back.
     */
    Optional<RawResponse> probePreflight(String targetOrigin, String target, String origin, String method,
            List<String> names) {
        try {
            return send(targetOrigin, BrowserRequests.preflight(target, origin, method, names)).response();
        } catch (MissingEvidence e) {
            return Optional.empty();
        }
    }

    private Exchange send(String origin, RawRequest shaped) throws MissingEvidence {
        String key = origin + " " + shaped.method() + " " + shaped.target() + " " + shaped.headers() + " "
                + shaped.body().hashCode();
        Exchange e = sent.get(key);
        if (e == null) {
            ProbeTarget target;
            try {
                target = ProbeTarget.parse(origin);
            } catch (IllegalArgumentException ex) {
                throw new MissingEvidence("a response from " + origin + ": " + ex.getMessage());
            }
            e = prober.exchange(target, shaped);
            sent.put(key, e);
        }
        return e;
    }

    @Override
    protected PreflightSource defaultPreflightSource() {
        return PreflightSource.SENT;
    }

    /** Every exchange sent so far, in order: the evidence shown beside the explanation. */
    public List<Exchange> exchanges() {
        return List.copyOf(sent.values());
    }

    private static RawRequest shapePreflight(RawRequest r) {
        String origin = r.headers().first("Origin").orElse("null");
        String method = r.headers().first("Access-Control-Request-Method").orElse("");
        List<String> names = r.headers().first("Access-Control-Request-Headers")
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        return BrowserRequests.preflight(r.target(), origin, method, names);
    }

    private RawRequest shapeActual(RawRequest r) {
        List<HeaderField> script = new ArrayList<>();
        for (HeaderField f : r.headers().fields()) {
            if (!REBUILT.contains(f.name().toLowerCase(Locale.ROOT))) {
                script.add(f);
            }
        }
        HeaderList headers;
        r.headers().first("Accept").ifPresent(a -> script.add(0, new HeaderField("Accept", a)));
        headers = new HeaderList(script);
        if (cookie.isPresent() && !headers.contains("Cookie") && credentialsIncluded) {
            headers = headers.with("Cookie", cookie.get());
        }
        Optional<String> origin = r.headers().first("Origin");
        if (origin.isEmpty()) {
            HeaderList plain = headers.with("User-Agent", BrowserRequests.USER_AGENT)
                    .with("Sec-Fetch-Mode", r.headers().first("Sec-Fetch-Mode").orElse("no-cors"));
            return new RawRequest(r.method(), r.target(), plain, r.body());
        }
        return BrowserRequests.actual(r.method(), r.target(), origin.get(), headers, r.body());
    }

    /** Tell whether the run's fetch includes credentials, so the cookie is sent only then. */
    public void includeCredentials(boolean include) {
        credentialsIncluded = include;
    }
}
