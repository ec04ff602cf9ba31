package dev.corstck.tck.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Print demo results side by side: per request, what the plain client and curl got, what each browser let
 * JavaScript see (with its console message), and what the server received.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DemoPrinter {

    private DemoPrinter() {
    }

    /** Print {@code results}, then the conclusion, or what could not be shown. */
    public static void print(List<DemoResult> results, PrintStream out) {
        for (DemoResult r : results) {
            DemoCase c = r.demoCase();
            out.println("== " + c.name() + ": " + c.description());
            out.println("   " + c.method() + " " + r.url() + " from a page on " + c.pageOrigin()
                    + (c.headers().isEmpty() ? "" : " with " + String.join(", ", c.headers().stream()
                            .map(h -> h.name()).toList())) + (c.credentials() ? ", credentials: include" : ""));
            block(out, "plain HTTP client", r.plainClient());
            block(out, "curl", r.curl());
            for (Map.Entry<String, List<String>> b : r.browsers().entrySet()) {
                block(out, b.getKey() + " (JavaScript)", b.getValue());
            }
            block(out, "server received", r.serverReceived().isEmpty()
                    ? List.of("(not visible: the kit does not run this server)") : r.serverReceived());
            out.println();
        }
        conclusion(results, out);
    }

    private static void conclusion(List<DemoResult> results, PrintStream out) {
        List<String> problems = results.stream().flatMap(r -> r.problems().stream()
                .map(p -> r.demoCase().name() + ": " + p)).toList();
        if (problems.isEmpty()) {
            out.println("The server answered the plain client and curl every time: CORS is enforced by the browser,"
                    + " which reads the same answer and decides whether the page may see it.");
        } else {
            out.println("Not everything could be shown (" + problems.size() + "):");
            problems.forEach(p -> out.println("   " + p));
        }
    }

    private static void block(PrintStream out, String who, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            out.printf("   %-22s %s%n", i == 0 ? who + ":" : "", lines.get(i));
        }
    }
}
