package dev.corstck.reports.curl;

import dev.corstck.reports.model.Header;
import dev.corstck.reports.model.WireRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Turn a recorded request into a {@code curl} command that sends the same request line, headers and body.
 *
 * <p>curl would otherwise add headers the browser-shaped request did not have ({@code User-Agent}, {@code Accept},
 * a form {@code Content-Type}); those are suppressed with {@code -H 'Name:'}. {@code Host} and
 * {@code Content-Length} are left to curl, which computes them from the URL and body.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CurlCommand {

    private static final Set<String> COMPUTED_BY_CURL = Set.of("content-length", "transfer-encoding");
    private static final String CONTINUATION = " \\\n  ";

    private CurlCommand() {
    }

    /** Return the command, one option per line joined by backslash-newline continuations. */
    public static String of(WireRequest request) {
        List<String> words = new ArrayList<>(List.of(
                "curl --include --silent --show-error --http1.1 --path-as-is --globoff"));
        String target = "";
        if (!request.target().equals(WireRequest.of(request.method(), request.url(), List.of(),
                request.body()).target())) {
            target = "--request-target " + ShellQuote.quote(request.target()) + " ";
        }
        words.add(methodOption(request) + target + ShellQuote.quote(request.url()));
        headerWords(request, words);
        if (!request.body().excerpt().isEmpty()) {
            // --data-raw, not --data-binary: a body starting with '@' must not make curl read a local file.
            words.add("--data-raw " + ShellQuote.quote(request.body().excerpt()));
        }
        String command = String.join(CONTINUATION, words);
        if (request.body().truncated()) {
            command += CONTINUATION.stripTrailing() + "\n  # body cut to its first bytes; the request had "
                    + request.body().totalBytes() + " bytes";
        }
        return command;
    }

    private static String methodOption(WireRequest request) {
        boolean hasBody = !request.body().excerpt().isEmpty();
        if (request.method().equals("HEAD") && !hasBody) {
            return "--head ";
        }
        return request.method().equals("GET") && !hasBody ? "" : "--request " + ShellQuote.quote(request.method()) + " ";
    }

    private static void headerWords(WireRequest request, List<String> words) {
        String authority = authority(request.url());
        for (Header header : request.headers()) {
            String name = header.name().toLowerCase(Locale.ROOT);
            if (COMPUTED_BY_CURL.contains(name) || name.equals("host") && header.value().equals(authority)
                    || name.startsWith("@")) {
                continue; // curl reads "-H @file" as a file name, so such a header cannot be replayed safely
            }
            // curl drops a header given as "Name:"; "Name;" sends it with an empty value.
            String line = header.value().isEmpty() ? header.name() + ";" : header.name() + ": " + header.value();
            words.add("-H " + ShellQuote.quote(line));
        }
        suppressDefault(request, words, "User-Agent");
        suppressDefault(request, words, "Accept");
        if (!request.body().excerpt().isEmpty()) {
            suppressDefault(request, words, "Content-Type");
        }
    }

    private static void suppressDefault(WireRequest request, List<String> words, String name) {
        if (request.headers().stream().noneMatch(h -> h.hasName(name))) {
            words.add("-H " + ShellQuote.quote(name + ":"));
        }
    }

    private static String authority(String url) {
        try {
            String authority = URI.create(url).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
