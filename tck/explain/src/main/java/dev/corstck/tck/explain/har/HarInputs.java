package dev.corstck.tck.explain.har;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.tck.explain.BrowserRecord;
import dev.corstck.tck.explain.ExplainInput;
import dev.corstck.tck.simulator.Body;
import dev.corstck.tck.simulator.BodyKind;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Turn a HAR's entries into the cross-origin requests to explain, each with the evidence it is explained on.
 * Same-origin requests, navigations and {@code no-cors} loads without an {@code Origin} are not CORS and are skipped;
 * a preflight is shown with its actual request, or on its own when the actual request is not in the HAR.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HarInputs {

    /** Headers the browser adds below {@code fetch()}; they never make a request CORS-unsafe. */
    static final Set<String> BROWSER_ADDED = Set.of("host", "connection", "origin", "referer", "user-agent",
            "accept-encoding", "accept-language", "cookie", "cookie2", "content-length", "priority", "dnt", "te",
            "upgrade-insecure-requests", "keep-alive", "proxy-connection", "x-client-data", "trailer",
            "transfer-encoding", "via", "expect", "date");

    /** The placeholder for a header value a sanitized export dropped. */
    public static final String STRIPPED = "(value not in the HAR)";

    /** One request to explain and what it is explained on. */
    public record Item(HarEntry entry, ExplainInput input, HarEvidence evidence) {
    }

    private HarInputs() {
    }

    /** The requests of {@code log} to explain, in the order of the log. */
    public static List<Item> of(HarLog log) {
        return of(log, Optional.empty());
    }

    /**
     * The requests of {@code log} to explain; {@code assumed}, when given, is the credentials option of the page's
     * fetch() calls wherever the HAR does not show it (no Cookie header sent).
     */
    public static List<Item> of(HarLog log, Optional<CredentialsMode> assumed) {
        List<Item> items = new ArrayList<>();
        for (HarEntry e : log.entries()) {
            Optional<String> origin = e.requestHeaders().first("Origin");
            if (e.isPreflight()) {
                if (origin.isPresent() && actualOf(log, e, origin.get()).isEmpty()) {
                    items.add(preflightOnly(log, e, origin.get()));
                }
                continue;
            }
            Optional<String> page = origin.or(() -> refererOrigin(e));
            if (page.isEmpty() || isNotCors(e, page.get(), origin.isPresent())) {
                continue;
            }
            items.add(actual(log, e, page.get(), origin.isEmpty(), assumed));
        }
        return items;
    }

    private static boolean isNotCors(HarEntry e, String page, boolean hasOrigin) {
        String mode = e.requestHeaders().first("Sec-Fetch-Mode").orElse("").toLowerCase(Locale.ROOT);
        if (mode.equals("navigate") || mode.equals("websocket")) {
            return true;
        }
        Optional<FetchUrl> url = FetchUrl.parse(e.url());
        if (url.isEmpty() || !url.get().isHttpScheme()) {
            return true;
        }
        if (url.get().origin().serialize().equals(page)) {
            return true; // same origin: no CORS, unless a redirect tainted it (then Origin is null, handled above)
        }
        if (!hasOrigin) {
            // No Origin recorded: a cross-origin fetch()/XHR always sends one, so only those count, and only then.
            String type = e.resourceType().toLowerCase(Locale.ROOT);
            return !(type.equals("fetch") || type.equals("xhr")) || mode.equals("no-cors");
        }
        return false;
    }

    private static Item actual(HarLog log, HarEntry e, String page, boolean originInferred,
            Optional<CredentialsMode> assumed) {
        Optional<HarEntry> preflight = preflightOf(log, e, page);
        List<String> notes = new ArrayList<>();
        if (originInferred) {
            notes.add("the HAR holds no Origin header for this request; the page origin " + page + " is taken from "
                    + "its Referer");
        }
        HeaderList headers = scriptHeaders(e, preflight, notes);
        boolean cookies = e.requestHeaders().contains("Cookie") || e.requestCookies() > 0;
        List<CredentialsMode> modes = cookies ? List.of(CredentialsMode.INCLUDE)
                : assumed.map(List::of).orElse(List.of(CredentialsMode.SAME_ORIGIN, CredentialsMode.INCLUDE));
        if (!cookies && assumed.isPresent()) {
            notes.add("credentials: " + assumed.get().token() + " (assumed with --credentials: the HAR does not "
                    + "show fetch()'s option)");
        }
        if (cookies) {
            notes.add("credentials: include (a Cookie header was sent, which a cross-origin fetch() does only with "
                    + "credentials: 'include')");
        }
        String mode = e.requestHeaders().first("Sec-Fetch-Mode").orElse("cors").toLowerCase(Locale.ROOT);
        RequestMode requestMode = mode.equals("no-cors") ? RequestMode.NO_CORS : RequestMode.CORS;
        boolean hasBody = !e.postText().isEmpty() && !e.method().equalsIgnoreCase("GET")
                && !e.method().equalsIgnoreCase("HEAD");
        FetchRequest request = new FetchRequest(FetchUrl.parseOrigin(page), e.method(), e.url(), headers,
                hasBody ? new Body(BodyKind.BLOB, "", e.postText()) : Body.none(), requestMode, modes.get(0),
                RedirectMode.FOLLOW);
        ExplainInput input = new ExplainInput("HAR entry " + e.number(), request, modes, false, record(log, e),
                notes);
        return new Item(e, input, new HarEvidence(log.entries(), e));
    }

    private static Item preflightOnly(HarLog log, HarEntry e, String origin) {
        String method = e.requestHeaders().first("Access-Control-Request-Method").orElse("GET");
        HeaderList headers = HeaderList.empty();
        for (String name : requestedNames(e)) {
            headers = headers.with(name, STRIPPED);
        }
        List<String> notes = List.of("the HAR lists this preflight without its actual " + method + " request (the "
                + "browser never sent it, or the export left it out); the actual request is rebuilt from the "
                + "preflight's Access-Control-Request-Method and -Headers");
        FetchRequest request = new FetchRequest(FetchUrl.parseOrigin(origin), method, e.url(), headers, Body.none(),
                RequestMode.CORS, CredentialsMode.SAME_ORIGIN, RedirectMode.FOLLOW);
        ExplainInput input = new ExplainInput("HAR entry " + e.number() + " (preflight)", request,
                List.of(CredentialsMode.SAME_ORIGIN, CredentialsMode.INCLUDE), true, record(log, e), notes);
        return new Item(e, input, new HarEvidence(log.entries(), e));
    }

    /** The headers script set: the recorded ones less those the browser adds, completed from the preflight. */
    private static HeaderList scriptHeaders(HarEntry e, Optional<HarEntry> preflight, List<String> notes) {
        List<String> requested = preflight.map(HarInputs::requestedNames).orElse(List.of());
        boolean devtoolsNoCache = preflight.isEmpty() && e.requestHeaders().first("Pragma").orElse("").equals("no-cache")
                && e.requestHeaders().first("Cache-Control").orElse("").equals("no-cache");
        List<HeaderField> kept = new ArrayList<>();
        for (HeaderField f : e.requestHeaders().fields()) {
            String name = f.name().toLowerCase(Locale.ROOT);
            boolean cacheFlag = (name.equals("pragma") || name.equals("cache-control")) && f.value().equals("no-cache")
                    && (devtoolsNoCache || preflight.isPresent() && !requested.contains(name));
            if (name.startsWith(":") || name.startsWith("sec-") || BROWSER_ADDED.contains(name) || cacheFlag
                    || name.equals("accept") && f.value().equals("*/*")) {
                continue;
            }
            kept.add(f);
        }
        if (devtoolsNoCache) {
            notes.add("Pragma and Cache-Control: no-cache taken as added by DevTools' \"Disable cache\", not by the "
                    + "page");
        }
        HeaderList headers = new HeaderList(kept);
        for (String name : requested) {
            if (!headers.contains(name)) {
                headers = headers.with(name, STRIPPED);
                notes.add("the request header '" + name + "' is restored from the preflight's "
                        + "Access-Control-Request-Headers: the HAR does not hold it (a sanitized export drops "
                        + "Authorization and Cookie)");
            }
        }
        return headers;
    }

    private static List<String> requestedNames(HarEntry preflight) {
        return preflight.requestHeaders().first("Access-Control-Request-Headers")
                .map(v -> Arrays.stream(v.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** The recorded preflight of {@code actual} from {@code page}: same URL, method and origin, nearest before it. */
    private static Optional<HarEntry> preflightOf(HarLog log, HarEntry actual, String page) {
        String url = HarEvidence.normalize(actual.url());
        HarEntry best = null;
        for (HarEntry p : log.entries()) {
            if (p.isPreflight() && HarEvidence.normalize(p.url()).equals(url)
                    && p.requestHeaders().first("Access-Control-Request-Method").orElse("").equals(actual.method())
                    && p.requestHeaders().first("Origin").orElse(page).equals(page)) {
                if (p.index() < actual.index() || best == null) {
                    best = p;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<HarEntry> actualOf(HarLog log, HarEntry preflight, String origin) {
        String url = HarEvidence.normalize(preflight.url());
        String method = preflight.requestHeaders().first("Access-Control-Request-Method").orElse("");
        return log.entries().stream().filter(a -> !a.isPreflight() && a.method().equals(method)
                && HarEvidence.normalize(a.url()).equals(url)
                && a.requestHeaders().first("Origin").or(() -> refererOrigin(a)).orElse(origin).equals(origin))
                .findFirst();
    }

    private static Optional<String> refererOrigin(HarEntry e) {
        return e.requestHeaders().first("Referer").flatMap(FetchUrl::parse).filter(FetchUrl::isHttpScheme)
                .map(u -> u.origin().serialize());
    }

    /** What the recording browser showed: blocked (an error or no status), allowed, or only received. */
    static BrowserRecord record(HarLog log, HarEntry entry) {
        HarEntry e = finalHop(log, entry);
        Optional<Engine> engine = engine(log, e);
        BrowserRecord.Result result;
        if (!e.error().isEmpty() || e.status() <= 0) {
            result = BrowserRecord.Result.BLOCKED;
        } else if (engine.equals(Optional.of(Engine.CHROMIUM))) {
            result = BrowserRecord.Result.ALLOWED; // Chromium records a CORS failure as an error on the entry
        } else {
            result = BrowserRecord.Result.RECEIVED;
        }
        return new BrowserRecord(engine, result, e.error());
    }

    /** The last recorded hop of a redirect chain starting at {@code e} (e itself when it is not redirected). */
    private static HarEntry finalHop(HarLog log, HarEntry e) {
        HarEntry hop = e;
        for (int guard = 0; guard < 20; guard++) {
            boolean redirect = hop.status() >= 300 && hop.status() < 400 && hop.responseHeaders().contains("Location");
            if (!redirect) {
                return hop;
            }
            HarEntry from = hop;
            Optional<FetchUrl> next = FetchUrl.parse(from.url()).flatMap(u -> u.resolve(
                    from.responseHeaders().first("Location").orElse("")));
            Optional<HarEntry> found = next.flatMap(u -> log.entries().stream().filter(x -> x.index() > from.index()
                    && HarEvidence.normalize(x.url()).equals(u.serialize())).findFirst());
            if (found.isEmpty()) {
                return hop;
            }
            hop = found.get();
        }
        return hop;
    }

    /** Which browser recorded the entry: its User-Agent first, then the HAR's creator. */
    static Optional<Engine> engine(HarLog log, HarEntry e) {
        String ua = e.requestHeaders().first("User-Agent").orElse("");
        if (ua.contains("Firefox/")) {
            return Optional.of(Engine.FIREFOX);
        }
        if (ua.contains("Chrome/") || ua.contains("Chromium/")) {
            return Optional.of(Engine.CHROMIUM);
        }
        if (ua.contains("AppleWebKit/") && ua.contains("Safari/")) {
            return Optional.of(Engine.WEBKIT);
        }
        String creator = (log.creator() + " " + log.browser()).toLowerCase(Locale.ROOT);
        if (creator.contains("firefox")) {
            return Optional.of(Engine.FIREFOX);
        }
        if (creator.contains("webkit web inspector") || creator.contains("safari") || creator.contains("webkit")) {
            return Optional.of(Engine.WEBKIT);
        }
        if (creator.contains("webinspector") || creator.contains("chrom") || creator.contains("edge")) {
            return Optional.of(Engine.CHROMIUM);
        }
        return Optional.empty();
    }
}
