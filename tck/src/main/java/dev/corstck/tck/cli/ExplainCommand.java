package dev.corstck.tck.cli;

import dev.corstck.fetch.origin.Origin;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.tck.explain.ExplainInput;
import dev.corstck.tck.explain.ExplainReport;
import dev.corstck.tck.explain.Explanations;
import dev.corstck.tck.explain.curl.CurlLine;
import dev.corstck.tck.explain.curl.CurlRequest;
import dev.corstck.tck.explain.har.HarFormatException;
import dev.corstck.tck.explain.render.HtmlRenderer;
import dev.corstck.tck.explain.render.JsonRenderer;
import dev.corstck.tck.explain.render.TextRenderer;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.ProbeTarget;
import dev.corstck.tck.simulator.Body;
import dev.corstck.tck.simulator.BodyKind;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Explain why a browser blocks (or allows) cross-origin requests: {@code cors-tck explain --har FILE},
 * {@code --url URL --origin O [--method M] [--header 'N: v']…} or {@code --curl "curl …"}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Command(name = "explain", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = {"Why the browser blocked it: every cross-origin request of a DevTools HAR, or one request sent "
                + "to a live server, explained per engine profile (spec, chromium, firefox, webkit): outcome, the "
                + "deciding step with its Fetch anchor, the console line, the rules broken and the fix.",
                "What the input does not hold is UNKNOWN, with what is missing and the --url line that decides it."},
        footer = {"", "Examples:", "  cors-tck explain --har session.har",
            "  cors-tck explain --url http://127.0.0.1:8080/api/items/1 --origin http://localhost:3000 --method PUT "
                    + "--header 'Authorization: Bearer t' --credentials include",
            "  cors-tck explain --curl \"curl -X PUT -H 'Origin: http://localhost:3000' http://127.0.0.1:8080/x\"",
            "  cors-tck explain --har session.har --format json --html explain.html"})
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    /** Exactly one input. */
    static final class Source {
        @Option(names = "--har", paramLabel = "FILE", description = "A HAR 1.2 export (Chromium, Firefox, Safari "
                + "DevTools, Playwright), sanitized or not.")
        Path har;

        @Option(names = "--url", paramLabel = "URL", description = "Send the request to this live server.")
        String url;

        @Option(names = "--curl", paramLabel = "LINE", description = "A curl command line (its URL, -X, -H, --data, "
                + "-b), sent to the live server.")
        String curl;
    }

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "The page origin (required with --url; with "
            + "--curl when the line has no Origin header).")
    private String origin;

    @Option(names = "--method", paramLabel = "M", defaultValue = "GET", description = "With --url: the method "
            + "(default: ${DEFAULT-VALUE}).")
    private String method;

    @Option(names = "--header", paramLabel = "'N: v'", description = "With --url: a header script sets; repeatable.")
    private List<String> headers = new ArrayList<>();

    @Option(names = "--data", paramLabel = "BODY", description = "With --url: a request body (sent as a Blob: no "
            + "implied Content-Type; give one with --header).")
    private String data;

    @Option(names = "--credentials", paramLabel = "include|omit", description = "fetch()'s credentials option. With "
            + "--url or --curl default omit (include when --curl has -b or a Cookie header); with --har, assumed "
            + "where the HAR does not show it (no Cookie header sent).")
    private String credentials;

    @Option(names = "--mode", paramLabel = "cors|no-cors", defaultValue = "cors", description = "With --url or "
            + "--curl: fetch()'s mode (default: ${DEFAULT-VALUE}).")
    private String mode;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output on stdout "
            + "(default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML page.")
    private Path html;

    @Option(names = "--steps", description = "Text: print every simulator step too.")
    private boolean steps;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "With --url or --curl: "
            + "the longest one request may take (default: ${DEFAULT-VALUE}).")
    private int timeout;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            return Main.usageError(spec, "--format must be text or json, got '" + format + "'");
        }
        ExplainReport report;
        try {
            report = source.har != null ? har() : live();
        } catch (IllegalArgumentException e) {
            return Main.usageError(spec, e.getMessage());
        } catch (HarFormatException e) {
            return Main.usageError(spec, "not a readable HAR: " + e.getMessage());
        } catch (NoSuchFileException e) {
            return Main.usageError(spec, "no such file: " + e.getFile());
        } catch (IOException e) {
            return Main.usageError(spec, "cannot read " + source.har + ": " + e.getMessage());
        }
        if (format.equals("json")) {
            System.out.println(JsonRenderer.render(report));
        } else {
            TextRenderer.print(report, System.out, steps);
        }
        if (html != null) {
            try (OutputStream out = Files.newOutputStream(html)) {
                HtmlRenderer.write(report, out);
            } catch (IOException e) {
                return Main.usageError(spec, "cannot write " + html.toAbsolutePath() + ": " + e.getMessage());
            }
            if (format.equals("text")) {
                System.out.println();
                System.out.println("page: " + html.toAbsolutePath());
            }
        }
        return report.exitCode();
    }

    private ExplainReport har() throws IOException, HarFormatException {
        if (origin != null || !headers.isEmpty() || data != null) {
            throw new IllegalArgumentException("--origin, --header and --data go with --url or --curl, not --har (a "
                    + "HAR records its requests)");
        }
        return Explanations.fromHar(source.har, credentials == null ? Optional.empty()
                : Optional.of(credentialsMode(false)));
    }

    private ExplainReport live() {
        String url;
        String m;
        HeaderList h = HeaderList.empty();
        String body;
        Optional<String> cookie = Optional.empty();
        List<String> notes = new ArrayList<>();
        String label;
        if (source.curl != null) {
            CurlRequest c = CurlLine.parse(source.curl);
            url = c.url();
            m = c.method();
            body = c.body();
            cookie = c.cookie();
            notes.addAll(c.notes());
            for (var f : c.headers().fields()) {
                String name = f.name().toLowerCase(Locale.ROOT);
                if (name.equals("origin")) {
                    origin = origin == null ? f.value() : origin;
                } else if (name.equals("cookie")) {
                    cookie = Optional.of(f.value());
                } else {
                    h = h.with(f.name(), f.value());
                }
            }
            label = "--curl";
            if (origin == null) {
                throw new IllegalArgumentException("the curl line has no Origin header: add --origin ORIGIN (the "
                        + "page that calls fetch())");
            }
        } else {
            url = source.url;
            m = method;
            body = data == null ? "" : data;
            for (String line : headers) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("--header '" + line + "' is not 'Name: value'");
                }
                String name = line.substring(0, colon).strip();
                if (name.equalsIgnoreCase("cookie")) {
                    cookie = Optional.of(line.substring(colon + 1).strip());
                } else {
                    h = h.with(name, line.substring(colon + 1).strip());
                }
            }
            label = "--url";
            if (origin == null) {
                throw new IllegalArgumentException("--url needs --origin ORIGIN (the page that calls fetch())");
            }
        }
        ProbeTarget.parse(url);
        Origin page = FetchUrl.parseOrigin(origin);
        CredentialsMode creds = credentialsMode(cookie.isPresent());
        if (cookie.isPresent() && creds != CredentialsMode.INCLUDE) {
            notes.add("a cookie was given but credentials are omitted: it is not sent");
        } else if (cookie.isPresent()) {
            notes.add("the cookie goes on the actual request, as the browser's cookie jar would send it");
        }
        RequestMode requestMode = switch (mode) {
            case "cors" -> RequestMode.CORS;
            case "no-cors" -> RequestMode.NO_CORS;
            default -> throw new IllegalArgumentException("--mode must be cors or no-cors, got '" + mode + "'");
        };
        FetchRequest request = new FetchRequest(page, m, url, h, body.isEmpty() ? Body.none()
                : new Body(BodyKind.BLOB, "", body), requestMode, creds, RedirectMode.FOLLOW);
        ExplainInput input = new ExplainInput(label, request, List.of(creds), false,
                dev.corstck.tck.explain.BrowserRecord.none(), notes);
        ProbeOptions options = ProbeOptions.defaults().withRequestTimeout(Duration.ofSeconds(Math.max(1, timeout)));
        return Explanations.live(m + " " + url + " from " + page.serialize() + " (sent to the live server)", input,
                options, cookie);
    }

    private CredentialsMode credentialsMode(boolean cookieGiven) {
        if (credentials == null) {
            return source.curl != null && cookieGiven ? CredentialsMode.INCLUDE : CredentialsMode.SAME_ORIGIN;
        }
        return switch (credentials) {
            case "include" -> CredentialsMode.INCLUDE;
            case "omit" -> CredentialsMode.OMIT;
            case "same-origin" -> CredentialsMode.SAME_ORIGIN;
            default -> throw new IllegalArgumentException("--credentials must be include or omit, got '"
                    + credentials + "'");
        };
    }
}
