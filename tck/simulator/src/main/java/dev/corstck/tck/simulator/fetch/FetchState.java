package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.tck.simulator.Body;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.ArrayList;
import java.util.List;

/** The mutable request of one fetch as Fetch's algorithms change it: method, headers, URL list, tainting. */
final class FetchState {

    final BrowserProfile profile;
    final FetchRequest input;
    final Trace trace = new Trace();
    final List<Exchange> exchanges = new ArrayList<>();
    final List<FetchUrl> urlList = new ArrayList<>();
    final List<HeaderField> headers = new ArrayList<>();
    /** Each value script appended, uncombined: what Firefox judges (see BrowserProfile#safelistEachAppendedValue). */
    final List<HeaderField> appended = new ArrayList<>();
    final boolean useCorsPreflight;
    String method;
    Body body;
    Tainting tainting = Tainting.BASIC;
    int redirectCount;
    private List<String> unsafeNames;
    private CacheKey cacheKey;
    private int cacheKeyHops = -1;

    FetchState(BrowserProfile profile, FetchRequest input, FetchUrl url, String method) {
        this.profile = profile;
        this.input = input;
        this.method = method;
        this.body = input.body();
        this.useCorsPreflight = input.body().kind() == dev.corstck.tck.simulator.BodyKind.STREAM;
        urlList.add(url);
    }

    /** The CORS-unsafe request-header names of the current headers, computed once per header change. */
    List<String> unsafeNames() {
        if (unsafeNames == null) {
            unsafeNames = profile.safelistEachAppendedValue()
                    ? RequestHeaderRules.unsafeNames(stillPresent(appended), profile.clientHintsSafelisted(), false)
                    : RequestHeaderRules.unsafeNames(headers, profile.clientHintsSafelisted(), true);
        }
        return unsafeNames;
    }

    /** The appended values whose name is still in the header list (a redirect may have dropped some). */
    private List<HeaderField> stillPresent(List<HeaderField> values) {
        return values.stream().filter(v -> headers.stream().anyMatch(h -> h.hasName(v.name()))).toList();
    }

    /** The preflight-cache key for the current URL, computed once per hop (see fetch#concept-cache). */
    CacheKey cacheKey() {
        if (cacheKeyHops != urlList.size()) {
            cacheKey = new CacheKey(origin().site(), serializedOrigin(), currentUrl().serialize());
            cacheKeyHops = urlList.size();
        }
        return cacheKey;
    }

    /** Note that the header list changed (a redirect dropped headers). */
    void headersChanged() {
        unsafeNames = null;
    }

    Origin origin() {
        return input.origin();
    }

    FetchUrl currentUrl() {
        return urlList.get(urlList.size() - 1);
    }

    CredentialsMode credentials() {
        return input.credentials();
    }

    boolean credentialsInclude() {
        return input.credentials() == CredentialsMode.INCLUDE;
    }

    /** Answer whether credentials go with the request (see fetch#http-network-or-cache-fetch, includeCredentials). */
    boolean includesCredentials() {
        return credentialsInclude()
                || (input.credentials() == CredentialsMode.SAME_ORIGIN && tainting == Tainting.BASIC);
    }

    /** Answer whether a hop left an origin that was not the requester's (see fetch#concept-request-tainted-origin). */
    boolean hasRedirectTaintedOrigin() {
        for (int i = 1; i < urlList.size(); i++) {
            Origin last = urlList.get(i - 1).origin();
            if (!urlList.get(i).origin().isSameOrigin(last) && !origin().isSameOrigin(last)) {
                return true;
            }
        }
        return false;
    }

    /** Serialize the request origin: {@code null} when opaque or redirect-tainted (see fetch#serializing-a-request-origin). */
    String serializedOrigin() {
        return hasRedirectTaintedOrigin() ? "null" : origin().serialize();
    }
}
