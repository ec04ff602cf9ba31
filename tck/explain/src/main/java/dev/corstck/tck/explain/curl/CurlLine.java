package dev.corstck.tck.explain.curl;

import dev.corstck.fetch.http.HeaderList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Parse a curl command line: the URL, {@code -X}, {@code -H}, {@code -d}/{@code --data*}/{@code --json},
 * {@code -b}, {@code -u}, {@code -I}, {@code -G}; output and transport options are ignored (and said so).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CurlLine {

    /** Short options that take an argument. */
    private static final Set<Character> SHORT_WITH_ARG = Set.of('X', 'H', 'd', 'b', 'u', 'A', 'e', 'o', 'm', 'w', 'x',
            'E', 'F', 'c', 'T', 'r', 'U', 'K', 'D', 'C', 'y', 'Y', 'z', 't', 'Q', 'P');
    /** Long options that take an argument and matter for the request. */
    private static final Map<String, Character> LONG = Map.ofEntries(Map.entry("--request", 'X'),
            Map.entry("--header", 'H'), Map.entry("--data", 'd'), Map.entry("--data-ascii", 'd'),
            Map.entry("--data-binary", 'd'), Map.entry("--data-raw", 'd'), Map.entry("--data-urlencode", 'd'),
            Map.entry("--cookie", 'b'), Map.entry("--user", 'u'), Map.entry("--user-agent", 'A'),
            Map.entry("--referer", 'e'), Map.entry("--form", 'F'), Map.entry("--url", '@'), Map.entry("--json", 'j'));
    /** Long options that take an argument and do not change the request's CORS. */
    private static final Set<String> LONG_IGNORED_WITH_ARG = Set.of("--output", "--max-time", "--connect-timeout",
            "--write-out", "--proxy", "--resolve", "--cacert", "--capath", "--cert", "--key", "--retry",
            "--retry-delay", "--retry-max-time", "--cookie-jar", "--config", "--dump-header", "--limit-rate",
            "--max-redirs", "--interface", "--connect-to", "--proxy-user", "--cert-type", "--key-type", "--ciphers",
            "--local-port", "--request-target", "--unix-socket", "--trace", "--trace-ascii", "--stderr",
            "--upload-file", "--range", "--expect100-timeout", "--keepalive-time", "--noproxy", "--preproxy");

    private CurlLine() {
    }

    /**
     * Parse {@code line} (with or without the leading {@code curl}).
     *
     * @throws IllegalArgumentException naming what is wrong (no URL, an option without its argument, a quote left
     *     open, a Windows cmd line)
     */
    public static CurlRequest parse(String line) {
        if (line.contains("^\"") || line.contains("^\n")) {
            throw new IllegalArgumentException("this looks like a Windows (cmd) curl line; copy it as cURL (bash)");
        }
        List<String> words = ShellWords.split(line.strip());
        if (!words.isEmpty() && (words.get(0).equals("curl") || words.get(0).endsWith("/curl")
                || words.get(0).equals("curl.exe"))) {
            words = words.subList(1, words.size());
        }
        Parsed p = new Parsed();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--") && w.length() > 2) {
                i = longOption(words, i, p);
            } else if (w.startsWith("-") && w.length() > 1) {
                i = shortOptions(words, i, p);
            } else if (p.url == null) {
                p.url = w;
            } else {
                p.notes.add("more than one URL; explained: " + p.url + ", ignored: " + w);
            }
        }
        return p.build();
    }

    private static int longOption(List<String> words, int i, Parsed p) {
        String w = words.get(i);
        String name = w;
        String inline = null;
        int eq = w.indexOf('=');
        if (eq > 0) {
            name = w.substring(0, eq);
            inline = w.substring(eq + 1);
        }
        if (LONG.containsKey(name)) {
            String arg = inline != null ? inline : argument(words, i, name);
            apply(LONG.get(name), arg, p, name);
            return inline != null ? i : i + 1;
        }
        switch (name) {
            case "--head" -> p.head = true;
            case "--get" -> p.get = true;
            default -> {
                if (LONG_IGNORED_WITH_ARG.contains(name)) {
                    p.notes.add("ignored: " + name + " (does not change what the browser would send)");
                    return inline != null ? i : i + 1;
                }
                if (!Set.of("--compressed", "--include", "--silent", "--show-error", "--verbose", "--insecure",
                        "--location", "--http1.1", "--http1.0", "--http2", "--globoff", "--path-as-is", "--fail",
                        "--no-buffer", "--raw", "--location-trusted").contains(name)) {
                    p.notes.add("ignored: unknown option " + name);
                }
            }
        }
        return i;
    }

    private static int shortOptions(List<String> words, int i, Parsed p) {
        String w = words.get(i);
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (SHORT_WITH_ARG.contains(c)) {
                String rest = w.substring(k + 1);
                if (!rest.isEmpty()) {
                    apply(c, rest, p, "-" + c);
                    return i;
                }
                apply(c, argument(words, i, "-" + c), p, "-" + c);
                return i + 1;
            }
            switch (c) {
                case 'I' -> p.head = true;
                case 'G' -> p.get = true;
                case 'i', 's', 'S', 'v', 'k', 'L', 'g', 'f', 'N', 'q', '#', '0', '1', '2', '3', '4', '6' -> { }
                default -> p.notes.add("ignored: unknown option -" + c);
            }
        }
        return i;
    }

    private static String argument(List<String> words, int i, String option) {
        if (i + 1 >= words.size()) {
            throw new IllegalArgumentException("curl option " + option + " needs an argument");
        }
        return words.get(i + 1);
    }

    private static void apply(char option, String arg, Parsed p, String name) {
        switch (option) {
            case 'X' -> p.method = arg;
            case 'H' -> header(arg, p);
            case 'd' -> p.data.add(arg.startsWith("@") && !name.equals("--data-raw") ? fileData(arg, p) : arg);
            case 'j' -> {
                p.data.add(arg);
                p.json = true;
            }
            case 'b' -> {
                if (arg.contains("=")) {
                    p.cookie = arg;
                } else {
                    p.notes.add("ignored: -b " + arg + " names a cookie file, which is not read");
                }
            }
            case 'u' -> p.headers = p.headers.with("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(arg.getBytes(StandardCharsets.UTF_8)));
            case 'F' -> p.form = true;
            case '@' -> p.url = arg;
            case 'A', 'e' -> p.notes.add("ignored: " + name + " (the browser sends its own User-Agent and Referer)");
            default -> p.notes.add("ignored: " + name + " (does not change what the browser would send)");
        }
    }

    private static String fileData(String arg, Parsed p) {
        p.notes.add("the body names a file (" + arg + "), which is not read; an empty body is explained");
        return "";
    }

    private static void header(String line, Parsed p) {
        if (line.startsWith("@")) {
            throw new IllegalArgumentException("-H " + line + ": headers from a file are not read; give them inline");
        }
        int colon = line.indexOf(':');
        int semicolon = line.indexOf(';');
        if (colon > 0) {
            String value = line.substring(colon + 1).strip();
            if (!value.isEmpty()) {
                p.headers = p.headers.with(line.substring(0, colon).strip(), value);
            } else {
                p.notes.add("-H '" + line + "' removes a header curl would add; ignored");
            }
        } else if (semicolon > 0 && semicolon == line.length() - 1) {
            p.headers = p.headers.with(line.substring(0, semicolon).strip(), "");
        } else {
            throw new IllegalArgumentException("-H '" + line + "' is not a 'Name: value' header");
        }
    }

    /** The state of a parse. */
    private static final class Parsed {
        String url;
        String method;
        HeaderList headers = HeaderList.empty();
        final List<String> data = new ArrayList<>();
        String cookie;
        boolean head;
        boolean get;
        boolean json;
        boolean form;
        final List<String> notes = new ArrayList<>();

        CurlRequest build() {
            if (url == null) {
                throw new IllegalArgumentException("the curl line names no URL");
            }
            String u = url.contains("://") ? url : "http://" + url;
            String body = String.join("&", data);
            HeaderList h = headers;
            if (get && !data.isEmpty()) {
                u = u + (u.contains("?") ? "&" : "?") + body;
                body = "";
            }
            if (json && !h.contains("Content-Type")) {
                h = h.with("Content-Type", "application/json");
            }
            if (json && !h.contains("Accept")) {
                h = h.with("Accept", "application/json");
            }
            if (!body.isEmpty() && !h.contains("Content-Type")) {
                h = h.with("Content-Type", "application/x-www-form-urlencoded");
                notes.add("Content-Type: application/x-www-form-urlencoded added, as curl does for -d");
            }
            if (form && !h.contains("Content-Type")) {
                h = h.with("Content-Type", "multipart/form-data; boundary=------------------------curl");
                body = body.isEmpty() ? "(multipart form)" : body;
                notes.add("-F: a multipart form body, as fetch() sends a FormData");
            }
            String m = method != null ? method : head ? "HEAD" : (!body.isEmpty() && !get) || form ? "POST" : "GET";
            return new CurlRequest(u, m, h, m.equals("GET") || m.equals("HEAD") ? "" : body, Optional.ofNullable(cookie),
                    notes);
        }
    }
}
