package dev.corstck.tck.engine.discovery;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The {@code @CorsTarget} member of a class: a method without parameters or a field, of a type that gives a URL.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record TargetMember(Member member) {

    /** The types a target member may have. */
    static final List<Class<?>> TYPES = List.of(String.class, CharSequence.class, URI.class, URL.class,
            Supplier.class);

    /** Describe why {@code member} cannot supply a target, empty when it can. */
    static Optional<String> problem(Member member) {
        Class<?> type;
        if (member instanceof Method m) {
            if (m.getParameterCount() != 0) {
                return Optional.of("@CorsTarget method " + m.getName() + " must take no parameters");
            }
            type = m.getReturnType();
        } else {
            type = ((Field) member).getType();
        }
        if (TYPES.stream().noneMatch(t -> t.isAssignableFrom(type) || t.equals(type))) {
            return Optional.of("@CorsTarget " + member.getName() + " has type " + type.getSimpleName()
                    + ": use String, URI, URL or a Supplier of one of them");
        }
        return Optional.empty();
    }

    /** Answer whether reading the member needs an instance of the class. */
    public boolean needsInstance() {
        return !Modifier.isStatic(member.getModifiers());
    }

    /**
     * Read the base URL from the member, on {@code instance} (null for a static member).
     *
     * @throws IllegalStateException when the member yields nothing usable, wrapping what it threw
     */
    public String read(@Nullable Object instance) {
        Object value;
        try {
            if (member instanceof Method m) {
                m.setAccessible(true);
                value = m.invoke(instance);
            } else {
                Field f = (Field) member;
                f.setAccessible(true);
                value = f.get(instance);
            }
            if (value instanceof Supplier<?> s) {
                value = s.get();
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("@CorsTarget " + describe() + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("@CorsTarget " + describe() + " cannot be read: " + e, e);
        }
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("@CorsTarget " + describe() + " supplied no URL (null or blank)");
        }
        return value.toString().strip();
    }

    /** The member as {@code Class.name} or {@code Class.name()}. */
    public String describe() {
        return member.getDeclaringClass().getSimpleName() + "." + member.getName()
                + (member instanceof Method ? "()" : "");
    }
}
