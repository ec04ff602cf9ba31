package dev.corstck.tck.explain.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * Build a self-contained page the way the reports module does: the kit's own stylesheet inlined (the reports' page
 * look), no external fonts, scripts or images, every value HTML-escaped, and the page's data kept as script-safe
 * JSON in a {@code <script type="application/json">} element for tools.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlPage {

    private static final String REPORT_CSS = "/dev/corstck/reports/html/assets/report.css";
    private static final String EXTRA_CSS = """
            .req { margin: 0 0 18px; }
            .req h2 { font-size: 16px; margin: 0 0 2px; overflow-wrap: anywhere; }
            .req .sub { color: var(--muted); font-size: 12.5px; margin: 0 0 10px; }
            .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 10px; }
            .col { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; background: #fff; }
            .col h3 { margin: 0 0 6px; font-size: 13px; display: flex; gap: 8px; align-items: center; }
            .col p { margin: 4px 0; font-size: 12.5px; overflow-wrap: anywhere; }
            .col .k { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: .05em; }
            .mono, .col code { font-family: var(--mono); font-size: 12px; overflow-wrap: anywhere; }
            pre.cmd { background: #111827; color: #e5e7eb; border-radius: 6px; padding: 8px 10px; white-space: pre-wrap;
              overflow-wrap: anywhere; font-size: 12px; margin: 4px 0; }
            .fixbox { background: var(--warn-bg); border-radius: 8px; padding: 8px 10px; margin: 8px 0; }
            .notes { color: var(--muted); font-size: 12.5px; margin: 6px 0 0; padding-left: 18px; }
            .unknown { background: var(--skipped-bg); color: var(--skipped); }
            """;

    private HtmlPage() {
    }

    /** Escape {@code text} for HTML element content and attribute values. */
    public static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** JSON made safe inside a script element: no {@code <}, {@code >} or {@code &} left to close it. */
    public static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** A whole page: the dark top bar with {@code title} and {@code subtitle}, then {@code main}, then the data. */
    public static String page(String title, String subtitle, String main, String dataJson) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + css() + "</style></head><body>"
                + "<header class=\"top\"><div class=\"brand\"><span class=\"logo\">cors-tck</span> " + esc(title)
                + "<span class=\"subtitle\">" + esc(subtitle) + "</span></div></header><main>" + main + "</main>"
                + "<footer>cors-tck: the Fetch standard's CORS protocol, simulated per engine and checked in real "
                + "browsers</footer><script type=\"application/json\" id=\"cors-tck-data\">" + scriptJson(dataJson)
                + "</script></body></html>\n";
    }

    /** A verdict pill: {@code v-fail}, {@code v-pass}, {@code unknown}. */
    public static String pill(String word) {
        String css = switch (word) {
            case "BLOCKED" -> "v-fail";
            case "ALLOWED" -> "v-pass";
            case "OPAQUE" -> "v-warn";
            default -> "unknown";
        };
        return "<span class=\"pill " + css + "\">" + esc(word) + "</span>";
    }

    private static String css() {
        try (InputStream in = HtmlPage.class.getResourceAsStream(REPORT_CSS)) {
            String base = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return base + EXTRA_CSS;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report stylesheet", e);
        }
    }
}
