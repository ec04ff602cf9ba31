package dev.corstck.tck.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Mark the member of a {@link CorsConformance} class that supplies the target's base URL at run time: a method
 * without parameters or a field, static or not, of type {@code String}, {@link java.net.URI}, {@link java.net.URL}
 * or a {@link java.util.function.Supplier} of one of these. For a non-static member the engine creates one instance
 * of the class (no-argument constructor) before grading; the member is read once, after that.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface CorsTarget {
}
