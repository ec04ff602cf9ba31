package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineException;
import java.util.Map;

/**
 * Wraps a promise-valued expression for WebDriver's {@code executeAsyncScript}, which hands the script a callback
 * instead of awaiting a promise, and reads the outcome back: a string, or why there is none.
 */
final class AsyncScript {

    private AsyncScript() {}

    /** Return a script body that calls back with {@code {value}}, {@code {type}} (not a string) or {@code {thrown}}. */
    static String wrap(String expression) {
        // Trailing semicolons would end the parenthesised expression early.
        String body = expression.strip().replaceAll(";+$", "");
        return "const done = arguments[arguments.length - 1];\n"
                + "new Promise(resolve => resolve((\n" + body + "\n)))"
                + ".then(v => done(typeof v === 'string' ? {value: v} : {type: typeof v}),"
                + " e => done({thrown: String(e)}));";
    }

    /** Return the string the wrapped script produced, or fail saying what it produced instead. */
    static String unwrap(Object callback) throws EngineException {
        if (!(callback instanceof Map<?, ?> outcome)) {
            throw new EngineException("the script called back with " + callback);
        }
        if (outcome.get("value") instanceof String value) {
            return value;
        }
        if (outcome.containsKey("thrown")) {
            throw new EngineException("the script threw: " + outcome.get("thrown"));
        }
        throw new EngineException("the script resolved to a " + outcome.get("type") + ", not to a string");
    }
}
