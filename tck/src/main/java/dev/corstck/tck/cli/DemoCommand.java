package dev.corstck.tck.cli;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.PageOrigin;
import dev.corstck.tck.demo.DemoCase;
import dev.corstck.tck.demo.DemoHtml;
import dev.corstck.tck.demo.DemoPrinter;
import dev.corstck.tck.demo.DemoResult;
import dev.corstck.tck.demo.EnforcementDemo;
import dev.corstck.tck.generation.TargetUrl;
import dev.corstck.tck.grading.BrowserList;
import dev.corstck.tck.grading.BrowserSessions;
import java.util.List;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Show browser enforcement vs curl: {@code cors-tck demo [--target URL] [--browsers …] [--origin O] [--path P]}.
 * Without a target, each of the seed guide's mistakes runs on the reference target made wrong that way. The demo
 * shows, it does not grade, so it never exits 1: 0 when every client was shown, 2 for a usage error, 3 when something
 * could not be shown (the target did not answer, a browser could not run the call).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Command(name = "demo", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Browser enforcement vs curl, side by side: the same request from a plain client, curl and "
                + "each browser.",
        footer = {"", "Examples:", "  cors-tck demo", "  cors-tck demo --browsers chromium,firefox",
                "  cors-tck demo --target http://127.0.0.1:8080 --origin http://localhost:3000 --path /api/data",
                "  cors-tck demo --html demo.html --browsers chromium,firefox",
                "  cors-tck demo --target http://127.0.0.1:8080 --path /api/items/1 --method PUT "
                        + "--header 'Authorization: Bearer t' --html demo.html"})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--target", paramLabel = "URL", description = "A target to show instead of the seed mistakes.")
    private String target;

    @Option(names = "--browsers", paramLabel = "LIST", defaultValue = "chromium",
            description = "Browsers to show: chromium, firefox, webkit, comma-separated; grid:URL, cdp:URL or ws:URL "
                    + "for a Chromium run elsewhere, webkit@grid:URL for a WebKit on a Grid, as in grade "
                    + "(default: ${DEFAULT-VALUE}).")
    private String browsers;

    @Option(names = "--origin", paramLabel = "ORIGIN", defaultValue = "http://localhost:3000",
            description = "With --target: the page origin the browsers call from (default: ${DEFAULT-VALUE}).")
    private String origin;

    @Option(names = "--path", paramLabel = "PATH", defaultValue = "/",
            description = "With --target: the path to call (default: ${DEFAULT-VALUE}).")
    private String path;

    @Option(names = "--method", paramLabel = "M", description = "With --target: show this one request instead.")
    private String method;

    @Option(names = "--header", paramLabel = "'N: v'", description = "With --target: a header the page sets; "
            + "repeatable.")
    private List<String> headers = new java.util.ArrayList<>();

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the demo as a self-contained page, "
            + "with the curl command and the simulator's reason beside each browser.")
    private java.nio.file.Path html;

    @Override
    public Integer call() {
        List<BrowserEngine> engines;
        BrowserList list;
        try {
            list = BrowserList.parse(browsers);
            engines = list.engines();
            validateTarget();
        } catch (IllegalArgumentException e) {
            return Main.usageError(spec, e.getMessage());
        }
        List<String> urls = target == null ? List.of() : List.of(origin, target);
        List<DemoResult> results;
        java.util.Map<String, dev.corstck.tck.explain.ExplainReport> explained = new java.util.LinkedHashMap<>();
        try (BrowserHarness harness = BrowserHarness.create(BrowserSessions.forUrls(engines, list.drivers(), urls))) {
            EnforcementDemo demo = new EnforcementDemo(harness, engines);
            if (target == null) {
                results = demo.seedMistakes((c, base) -> {
                    if (html != null) {
                        explained.put(c.name(), DemoHtml.explain(c, base + c.path()));
                    }
                });
            } else {
                List<DemoCase> cases;
                try {
                    cases = method == null && headers.isEmpty() ? DemoCase.forTarget(origin, path)
                            : List.of(oneRequest());
                } catch (IllegalArgumentException e) {
                    return Main.usageError(spec, e.getMessage());
                }
                results = demo.against(stripSlash(target), cases);
                if (html != null) {
                    cases.forEach(c -> explained.put(c.name(), DemoHtml.explain(c, stripSlash(target) + c.path())));
                }
            }
        }
        DemoPrinter.print(results, System.out);
        if (html != null) {
            try {
                java.nio.file.Files.writeString(html, DemoHtml.render(results, explained));
            } catch (java.io.IOException e) {
                return Main.usageError(spec, "cannot write " + html.toAbsolutePath() + ": " + e.getMessage());
            }
            System.out.println("page: " + html.toAbsolutePath());
        }
        return results.stream().allMatch(r -> r.problems().isEmpty()) ? Main.CONFORMANT : Main.KIT_ERROR;
    }

    /** With {@code --target}: a target URL, a page origin and a path. @throws IllegalArgumentException if not */
    private void validateTarget() {
        if (target == null) {
            return;
        }
        TargetUrl.parse(target);
        PageOrigin.parse(origin);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("--path must start with '/', got '" + path + "'");
        }
    }

    /** The request {@code --method} and {@code --header} describe. @throws IllegalArgumentException if malformed */
    private DemoCase oneRequest() {
        List<dev.corstck.fetch.http.HeaderField> fields = new java.util.ArrayList<>();
        for (String line : headers) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--header '" + line + "' is not 'Name: value'");
            }
            fields.add(new dev.corstck.fetch.http.HeaderField(line.substring(0, colon).strip(),
                    line.substring(colon + 1).strip()));
        }
        String m = method == null ? "GET" : method;
        return new DemoCase("your-request", m + " from " + origin, java.util.Optional.empty(), origin, m, path,
                fields, "", true);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
