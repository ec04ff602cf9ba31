package dev.corstck.tck.engine.discovery;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a class's target comes from: a URL known at discovery, or a {@code @CorsTarget} member read at run time.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public sealed interface TargetSource {

    /** A base URL given by the annotation or {@code cors.tck.target}. */
    record Url(String url) implements TargetSource {
        public Url {
            Objects.requireNonNull(url, "url must not be null");
        }
    }

    /** A member that supplies the base URL once the class's application is up. */
    record Supplied(TargetMember member) implements TargetSource {
        public Supplied {
            Objects.requireNonNull(member, "member must not be null");
        }
    }
}
