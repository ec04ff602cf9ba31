package dev.corstck.tck.simulator;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderList;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One {@code fetch(url, init)} call made by a page: the page's origin, the request and its fetch options.
 *
 * <p>{@code headers} are the ones script sets, in order; the browser adds its own ({@code Origin}, {@code Accept},
 * cookies, …) when it builds the wire request.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FetchRequest(
        Origin origin,
        String method,
        String url,
        HeaderList headers,
        Body body,
        RequestMode mode,
        CredentialsMode credentials,
        RedirectMode redirect) {

    public FetchRequest {
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(credentials, "credentials must not be null");
        Objects.requireNonNull(redirect, "redirect must not be null");
    }

    /** A plain {@code fetch(url)} from a page on {@code pageOrigin}: GET, cors, same-origin credentials, follow. */
    public static FetchRequest get(String pageOrigin, String url) {
        return new FetchRequest(FetchUrl.parseOrigin(pageOrigin), "GET", url, HeaderList.empty(), Body.none(),
                RequestMode.CORS, CredentialsMode.SAME_ORIGIN, RedirectMode.FOLLOW);
    }

    public FetchRequest withMethod(String newMethod) {
        return new FetchRequest(origin, newMethod, url, headers, body, mode, credentials, redirect);
    }

    public FetchRequest withOrigin(Origin newOrigin) {
        return new FetchRequest(newOrigin, method, url, headers, body, mode, credentials, redirect);
    }

    public FetchRequest withUrl(String newUrl) {
        return new FetchRequest(origin, method, newUrl, headers, body, mode, credentials, redirect);
    }

    /** A copy with {@code name: value} appended to the script-set headers. */
    public FetchRequest withHeader(String name, String value) {
        return new FetchRequest(origin, method, url, headers.with(name, value), body, mode, credentials, redirect);
    }

    public FetchRequest withHeaders(HeaderList newHeaders) {
        return new FetchRequest(origin, method, url, newHeaders, body, mode, credentials, redirect);
    }

    public FetchRequest withBody(Body newBody) {
        return new FetchRequest(origin, method, url, headers, newBody, mode, credentials, redirect);
    }

    public FetchRequest withMode(RequestMode newMode) {
        return new FetchRequest(origin, method, url, headers, body, newMode, credentials, redirect);
    }

    public FetchRequest withCredentials(CredentialsMode newCredentials) {
        return new FetchRequest(origin, method, url, headers, body, mode, newCredentials, redirect);
    }

    public FetchRequest withRedirect(RedirectMode newRedirect) {
        return new FetchRequest(origin, method, url, headers, body, mode, credentials, newRedirect);
    }
}
