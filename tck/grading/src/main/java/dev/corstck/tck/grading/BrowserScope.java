package dev.corstck.tck.grading;

import org.apiguardian.api.API;

/**
 * Which scenarios real browsers confirm. Each page origin costs the browser a fresh context and a page load (about
 * half a second), so the default confirms where a browser's word matters.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BrowserScope {
    /**
     * Every scenario from the allowed origins and their twins, the arbitrary and {@code null} probes, and every
     * look-alike the target let in on the wire (the default).
     */
    KEY,
    /** Every scenario a browser can make, look-alikes the target refused included. */
    ALL
}
