package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One {@code fetch(url, init)} a page makes: the request shape and its fetch options.
 *
 * <p>Build with {@link #get(String)} or {@link #to(String, String)} and the {@code with…} methods; the defaults are
 * those of {@code fetch()} itself: mode {@code cors}, credentials {@code same-origin}, redirect {@code follow} (see
 * fetch#request-class).
 *
 * @param id a label that ties the observation to the call (e.g. the scenario ID); unique within a batch
 * @param url the absolute request URL
 * @param method the method, as given (fetch normalizes {@code get}, {@code post} … to upper case)
 * @param headers request headers in order; duplicates are kept
 * @param body the body and its JavaScript type
 * @param mode {@code cors}, {@code no-cors} or {@code same-origin}
 * @param credentials {@code omit}, {@code same-origin} or {@code include}
 * @param redirect {@code follow}, {@code error} or {@code manual}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FetchCall(String id, URI url, String method, List<Header> headers, Body body, RequestMode mode,
        CredentialsMode credentials, RedirectMode redirect) {

    public FetchCall {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(method, "method must not be null");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(credentials, "credentials must not be null");
        Objects.requireNonNull(redirect, "redirect must not be null");
        if (!url.isAbsolute()) {
            throw new IllegalArgumentException("fetch URL must be absolute, got '" + url + "'");
        }
    }

    /** Create a {@code GET} with fetch's default options, labelled with the URL. */
    public static FetchCall get(String url) {
        return to("GET", url);
    }

    /** Create a request with fetch's default options, labelled {@code METHOD url}. */
    public static FetchCall to(String method, String url) {
        return new FetchCall(method + " " + url, URI.create(url), method, List.of(), Body.none(), RequestMode.CORS,
                CredentialsMode.SAME_ORIGIN, RedirectMode.FOLLOW);
    }

    /** Return a copy with another label. */
    public FetchCall withId(String newId) {
        return new FetchCall(newId, url, method, headers, body, mode, credentials, redirect);
    }

    /** Return a copy with one more request header. */
    public FetchCall withHeader(String name, String value) {
        List<Header> more = new ArrayList<>(headers);
        more.add(new Header(name, value));
        return new FetchCall(id, url, method, more, body, mode, credentials, redirect);
    }

    /** Return a copy with this body. */
    public FetchCall withBody(Body newBody) {
        return new FetchCall(id, url, method, headers, newBody, mode, credentials, redirect);
    }

    /** Return a copy with this request mode. */
    public FetchCall withMode(RequestMode newMode) {
        return new FetchCall(id, url, method, headers, body, newMode, credentials, redirect);
    }

    /** Return a copy with this credentials mode. */
    public FetchCall withCredentials(CredentialsMode newCredentials) {
        return new FetchCall(id, url, method, headers, body, mode, newCredentials, redirect);
    }

    /** Return a copy with this redirect mode. */
    public FetchCall withRedirect(RedirectMode newRedirect) {
        return new FetchCall(id, url, method, headers, body, mode, credentials, newRedirect);
    }
}
