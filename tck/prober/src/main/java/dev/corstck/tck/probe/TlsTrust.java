package dev.corstck.tck.probe;

import org.apiguardian.api.API;

/**
 * Say which TLS certificates the prober accepts. Trusting everything is never the default: it must be asked for.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TlsTrust {
    /** The JDK's trust store and host-name verification, as for any client. */
    SYSTEM,
    /** Any certificate, no host-name check: for self-signed test targets on loopback only. */
    TRUST_ALL_FOR_TESTING
}
