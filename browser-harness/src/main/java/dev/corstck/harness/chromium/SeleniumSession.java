package dev.corstck.harness.chromium;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineSession;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One isolated Chromium browser context (made over CDP {@code Target.createBrowserContext}) whose tab the WebDriver
 * session switches to. Network events come from chromedriver's performance log (CDP {@code Network.*}), console
 * lines from its browser log.
 */
final class SeleniumSession implements EngineSession {

    private final SeleniumChromiumDriver owner;
    private final WebDriver driver;
    private final String contextId;
    private final String targetId;
    private final CdpEvents translator = new CdpEvents();

    SeleniumSession(SeleniumChromiumDriver owner, WebDriver driver, String contextId, String targetId) {
        this.owner = owner;
        this.driver = driver;
        this.contextId = contextId;
        this.targetId = targetId;
    }

    @Override
    public void navigate(URI url, Duration timeout) throws EngineException {
        owner.guarded(timeout.plusSeconds(2), "navigation to " + url, () -> {
            driver.manage().timeouts().pageLoadTimeout(timeout);
            driver.get(url.toString());
            return null;
        });
    }

    @Override
    public String evaluateAsync(String expression, Duration timeout) throws EngineException {
        String script = "var done = arguments[arguments.length - 1];"
                + "Promise.resolve().then(function () { return " + expression + "; })"
                + ".then(function (v) { done(String(v)); },"
                + " function (e) { done(JSON.stringify({ glueError: String(e) })); });";
        return owner.guarded(timeout.plusSeconds(5), "script evaluation", () -> {
            driver.manage().timeouts().scriptTimeout(timeout);
            return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(script));
        });
    }

    @Override
    public List<EngineEvent> drainEvents() {
        List<EngineEvent> out = new ArrayList<>();
        try {
            for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
                network(e.getMessage(), out);
            }
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                out.add(new EngineEvent.Console(Instant.ofEpochMilli(e.getTimestamp()),
                        e.getLevel().getName().toLowerCase(Locale.ROOT), withoutSourcePrefix(e.getMessage())));
            }
        } catch (WebDriverException e) {
            owner.noteFailure(e);
        }
        return out;
    }

    private void network(String message, List<EngineEvent> out) {
        try {
            JsonObject entry = JsonParser.parseString(message).getAsJsonObject();
            if (entry.has("webview") && !entry.get("webview").getAsString().equals(targetId)) {
                return; // another tab's event
            }
            JsonObject m = entry.getAsJsonObject("message");
            out.addAll(translator.translate(m.get("method").getAsString(), m.getAsJsonObject("params")));
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
            // Not a CDP event entry; chromedriver also logs its own notes here.
        }
    }

    /** Drop chromedriver's {@code "http://page/ - "} source prefix, so the text reads as the console shows it. */
    static String withoutSourcePrefix(String message) {
        int dash = message.indexOf(" - ");
        if (dash > 0 && message.matches("^(https?|about|data|blob):\\S* - .*")) {
            return message.substring(dash + 3);
        }
        return message;
    }

    @Override
    public void close() {
        owner.closeSession(contextId, targetId);
    }

    /** Return the CDP parameters that create this kind of session's context. */
    static Map<String, Object> newContextParams() {
        return Map.of("disposeOnDetach", false);
    }
}
