package dev.corstck.tck.certification;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.apiguardian.api.API;

/**
 * How often the simulator's prediction matched a browser over one configuration's scenarios.
 *
 * @param scenarios the scenarios the browser ran (0 without a browser)
 * @param agreed    those where prediction and observation matched
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Agreement(int scenarios, int agreed) {

    public Agreement {
        if (scenarios < 0 || agreed < 0 || agreed > scenarios) {
            throw new IllegalArgumentException("need 0 <= agreed <= scenarios, got " + agreed + "/" + scenarios);
        }
    }

    /** Answer whether every scenario agreed. */
    @JsonIgnore
    public boolean isFull() {
        return agreed == scenarios;
    }
}
