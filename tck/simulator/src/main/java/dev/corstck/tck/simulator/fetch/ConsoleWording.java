package dev.corstck.tck.simulator.fetch;

import dev.corstck.tck.simulator.ConsoleMessages;
import dev.corstck.tck.simulator.Engine;
import java.util.List;
import java.util.Map;

/**
 * Render what each engine logs for a failure (tck/SPEC-NOTES.md#console-wording); wording is key phrases, not a promise
 * of bytes.
 */
final class ConsoleWording {

    /** What the wording needs: the URL that failed, the first URL, the page origin and the request's method. */
    record Context(String url, String firstUrl, String origin, String method) {
    }

    private ConsoleWording() {
    }

    static ConsoleMessages render(Failure f, FetchState s) {
        Context c = new Context(s.currentUrl().serialize(), s.urlList.get(0).serialize(), s.origin().serialize(),
                s.method);
        return new ConsoleMessages(Map.of(
                Engine.CHROMIUM, ChromiumWording.lines(f, c),
                Engine.FIREFOX, FirefoxWording.lines(f, c),
                Engine.WEBKIT, WebKitWording.lines(f, c)));
    }

    /** The TypeError message a constructor-time failure throws, per engine. */
    static List<String> thrown(Failure f, String method, String url) {
        String why = switch (f.reason()) {
            case INVALID_URL -> "Failed to parse URL from " + url;
            case URL_CREDENTIALS -> "Request cannot be constructed from a URL that includes credentials: " + url;
            case INVALID_METHOD -> "'" + method + "' is not a valid HTTP method.";
            case FORBIDDEN_METHOD -> "'" + method + "' HTTP method is unsupported.";
            case NO_CORS_METHOD -> "'" + method + "' is unsupported in no-cors mode.";
            case BODY_WITH_GET_OR_HEAD -> "Request with GET/HEAD method cannot have body.";
            case STREAM_BODY_IN_NO_CORS -> "A request with a stream body must use mode 'cors' or 'same-origin'.";
            case INVALID_HEADER -> "Invalid header '" + f.detail() + "'.";
            default -> f.reason().name();
        };
        return List.of("TypeError: Failed to execute 'fetch' on 'Window': " + why);
    }
}
