package dev.corstck.tck.explain.har;

import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.explain.Evidence;
import dev.corstck.tck.explain.PreflightSource;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The responses a HAR recorded, for one request being explained (its {@code anchor} entry): the simulated browser's
 * preflight is answered by the recorded preflight entry for the same URL, method and origin (the nearest before the
 * anchor: a later request may reuse a cached one), its actual request by the anchor, and redirect hops by the entries
 * that follow. Anything else is {@link Evidence.MissingEvidence}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HarEvidence extends Evidence {

    private final List<HarEntry> entries;
    private final HarEntry anchor;
    private final Set<Integer> used = new HashSet<>();

    public HarEvidence(List<HarEntry> entries, HarEntry anchor) {
        this.entries = List.copyOf(entries);
        this.anchor = Objects.requireNonNull(anchor, "anchor must not be null");
    }

    /** The indices of every entry that answered a request in any run (redirect hops are not listed again). */
    public Set<Integer> usedEntries() {
        return Set.copyOf(used);
    }

    @Override
    protected boolean actualWasSent() {
        return !anchor.isPreflight() && anchor.hasResponse();
    }

    @Override
    protected PreflightSource defaultPreflightSource() {
        return PreflightSource.RECORDED;
    }

    @Override
    protected RawResponse answer(String origin, RawRequest request, boolean preflight) throws MissingEvidence {
        String url = normalize(origin + request.target());
        String originHeader = request.headers().first("Origin").orElse("");
        Optional<HarEntry> found = preflight ? preflightFor(url, originHeader,
                request.headers().first("Access-Control-Request-Method").orElse("")) : actualFor(request.method(), url);
        String what = preflight ? "the preflight OPTIONS " + url : "the " + request.method() + " " + url;
        HarEntry e = found.orElseThrow(() -> new MissingEvidence(what + ": not in the HAR"));
        if (!e.hasResponse()) {
            throw new MissingEvidence("the response to " + what + " (entry " + e.number() + "): the HAR has status "
                    + e.status() + " and no headers" + (e.error().isEmpty() ? "" : "; the browser recorded "
                    + e.error()));
        }
        used.add(e.index());
        served("entry " + e.number() + ": " + e.method() + " " + e.url() + " -> " + (e.status() > 0 ? e.status()
                : "status not recorded"));
        if (preflight) {
            preflightFrom(PreflightSource.RECORDED);
        }
        int status = e.status();
        if (status <= 0) {
            if (e.responseHeaders().contains("Location")) {
                throw new MissingEvidence("the status of " + what + " (entry " + e.number() + "): it has a Location "
                        + "header but no status");
            }
            assume("the status of " + what + " (entry " + e.number() + ") is not recorded; 200 taken");
            status = 200;
        }
        return new RawResponse(status, e.responseHeaders(), e.responseText());
    }

    private Optional<HarEntry> preflightFor(String url, String origin, String method) {
        HarEntry best = null;
        for (HarEntry e : entries) {
            boolean matches = e.isPreflight() && normalize(e.url()).equals(url)
                    && e.requestHeaders().first("Access-Control-Request-Method").orElse("").equals(method)
                    && e.requestHeaders().first("Origin").orElse(origin).equals(origin);
            if (!matches) {
                continue;
            }
            if (e.index() <= anchor.index() || anchor.isPreflight()) {
                best = e; // the nearest at or before the anchor wins
            } else if (best == null) {
                return Optional.of(e);
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<HarEntry> actualFor(String method, String url) {
        for (HarEntry e : entries) {
            if (e.index() >= anchor.index() && !e.isPreflight() && e.method().equals(method)
                    && normalize(e.url()).equals(url)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Compare URLs as the browser serializes them (default ports dropped, host lowercased). */
    static String normalize(String url) {
        int hash = url.indexOf('#');
        String bare = hash < 0 ? url : url.substring(0, hash);
        return FetchUrl.parse(bare).map(FetchUrl::serialize).orElse(bare);
    }
}
