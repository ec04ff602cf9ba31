package dev.corstck.harness.engine;

/** The engine failed or did not answer in time; the harness restarts it and reports the call as an error. */
public class EngineException extends Exception {

    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
