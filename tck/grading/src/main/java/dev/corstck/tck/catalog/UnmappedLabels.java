package dev.corstck.tck.catalog;

import java.util.Map;

/**
 * The labels of {@code tck/SPEC-NOTES.md} no rule implements, each with the reason: they describe what the browser does
 * on its own side, so no server response can pass or fail them. The simulator models them instead.
 */
final class UnmappedLabels {

    private static final String CLIENT = "client-side: decided before anything reaches the server; the simulator "
            + "models it";

    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("R-METHOD-03", CLIENT + " (fetch() throws for CONNECT, TRACE, TRACK)"),
            Map.entry("R-REQHDR-04", CLIENT + " (which bytes make a safelisted value unsafe)"),
            Map.entry("R-REQHDR-07", CLIENT + " (browser-added headers never count toward a preflight)"),
            Map.entry("R-FORBID-01", CLIENT + " (script cannot set forbidden request headers)"),
            Map.entry("R-PFTRIG-02", CLIENT + " (upload listeners and stream bodies force a preflight)"),
            Map.entry("R-PFRESP-08", "browser consequence of a failed preflight; graded through the preflight rules"),
            Map.entry("R-EXPOSE-04", "browser-side filtering of a CORS response; graded through the expose rules"),
            Map.entry("R-CRED-06", CLIENT + " (a URL with credentials throws)"),
            Map.entry("R-CACHE-03", "browser preflight-cache internals (credentialed entries); no server obligation"),
            Map.entry("R-CACHE-04", "browser preflight-cache internals (clearing on failure); no server obligation"),
            Map.entry("R-REDIR-08", CLIENT + " (the redirect option: follow, error, manual)"),
            Map.entry("R-NOCORS-01", CLIENT + " (no-cors method and header restrictions)"),
            Map.entry("R-MODE-01", CLIENT + " (same-origin mode refuses cross-origin URLs)"),
            Map.entry("R-MODE-02", CLIENT + " (CORS only for http and https URLs)"));

    private UnmappedLabels() {
    }
}
