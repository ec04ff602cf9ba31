package dev.corstck.tck.simulator;

import org.apiguardian.api.API;

/**
 * Which request of a fetch an exchange carried (see fetch#cors-preflight-request).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ExchangeKind {
    PREFLIGHT, ACTUAL
}
