package dev.corstck.tck.certification;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One row of the matrix: a CORS configuration of an implementation, the policy it means, and the verdict expected.
 *
 * @param id        the configuration's ID within its folder, e.g. {@code documented}
 * @param title     as shown in the matrix
 * @param policy    the declared policy file, resolved against the folder
 * @param env       extra environment of the started server (its {@code CORS_CONFIG} among them)
 * @param expect    the verdict the kit must reach in every engine
 * @param explained every FAIL and WARN the kit reports here, explained
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Configuration(String id, String title, Path policy, Map<String, String> env, MatrixVerdict expect,
                            List<Explanation> explained) {

    public Configuration {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        env = Map.copyOf(env);
        Objects.requireNonNull(expect, "expect must not be null");
        explained = List.copyOf(explained);
    }
}
