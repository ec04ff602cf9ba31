package dev.corstck.harness.firefox;

import com.google.gson.JsonObject;
import dev.corstck.harness.engine.EngineException;

/** Reads the result of {@code script.evaluate}: a string value, or the reason there is none. */
final class ScriptResults {

    private ScriptResults() {}

    /** Return the string the script resolved to; throw when it threw, rejected or resolved to a non-string. */
    static String string(JsonObject evaluateResult) throws EngineException {
        String type = BidiEvents.text(evaluateResult, "type");
        if (type.equals("exception")) {
            JsonObject details = evaluateResult.getAsJsonObject("exceptionDetails");
            throw new EngineException("the script threw: " + (details == null ? "?" : BidiEvents.text(details, "text")));
        }
        JsonObject value = evaluateResult.has("result") ? evaluateResult.getAsJsonObject("result") : new JsonObject();
        if (!BidiEvents.text(value, "type").equals("string")) {
            throw new EngineException("the script resolved to a " + BidiEvents.text(value, "type")
                    + ", not to a string");
        }
        return BidiEvents.text(value, "value");
    }
}
