package dev.corstck.tck.engine.execution;

import dev.corstck.tck.engine.discovery.ClassSettings;
import dev.corstck.tck.engine.discovery.TargetSource;
import dev.corstck.tck.generation.TargetUrl;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * A class whose target is up: the instance the engine created (its constructor may start the application) and the
 * base URL read from its {@code @CorsTarget} member or given by the settings. Closing it closes the instance when it
 * is {@link AutoCloseable}, which stops the application.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class StartedClass implements AutoCloseable {

    private final Optional<Object> instance;
    private final String targetUrl;

    private StartedClass(Optional<Object> instance, String targetUrl) {
        this.instance = instance;
        this.targetUrl = targetUrl;
    }

    /**
     * Create the class's instance if it needs one and read its target.
     *
     * @throws Exception what the constructor or the target member threw, or an {@link IllegalStateException} for a
     *                   target that is not an http(s) URL; the instance is closed first
     */
    public static StartedClass start(ClassSettings settings) throws Exception {
        Objects.requireNonNull(settings, "settings must not be null");
        Optional<Object> instance = settings.needsInstance()
                ? Optional.of(ReflectionSupport.newInstance(settings.testClass())) : Optional.empty();
        try {
            String url = settings.target() instanceof TargetSource.Supplied s ? s.member().read(instance.orElse(null))
                    : ((TargetSource.Url) settings.target()).url();
            try {
                TargetUrl.parse(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("@CorsTarget supplied an unusable target: " + e.getMessage(), e);
            }
            return new StartedClass(instance, url);
        } catch (Exception | Error e) {
            new StartedClass(instance, "").close();
            throw e;
        }
    }

    /** The target's base URL. */
    public String targetUrl() {
        return targetUrl;
    }

    @Override
    public void close() throws Exception {
        if (instance.isPresent() && instance.get() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
