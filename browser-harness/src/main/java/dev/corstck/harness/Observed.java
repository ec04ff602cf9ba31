package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A yes/no fact the engine may or may not be able to see (e.g. "a preflight went out", "cookies were sent"). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Observed {
    YES,
    NO,
    /** The engine cannot see it (see {@link Observation#unavailable()}) or the call never ran. */
    UNKNOWN;

    /** Map a fact the engine could see. */
    public static Observed of(boolean fact) {
        return fact ? YES : NO;
    }
}
