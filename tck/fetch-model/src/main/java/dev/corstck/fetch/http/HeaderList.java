package dev.corstck.fetch.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * An ordered list of header fields that keeps duplicates and case, as fetch#concept-header-list does.
 *
 * <p>Duplicates matter for CORS: two {@code Access-Control-Allow-Origin} lines fail the CORS check even when both
 * carry the right origin, so nothing here merges lines unless asked to ({@link #combined(String)}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HeaderList(List<HeaderField> fields) {

    private static final HeaderList EMPTY = new HeaderList(List.of());

    public HeaderList {
        fields = List.copyOf(Objects.requireNonNull(fields, "fields must not be null"));
    }

    public static HeaderList empty() {
        return EMPTY;
    }

    /** Build a list from alternating names and values: {@code of("Origin", "https://a.example", ...)}. */
    public static HeaderList of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("namesAndValues must hold name/value pairs");
        }
        List<HeaderField> list = new ArrayList<>(namesAndValues.length / 2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(new HeaderField(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new HeaderList(list);
    }

    /** Every value of the fields named {@code name}, in order; empty when there is none. */
    public List<String> all(String name) {
        // Loops rather than streams: the CORS processor calls these several times per request.
        List<String> out = null;
        for (HeaderField f : fields) {
            if (f.hasName(name)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(f.value());
            }
        }
        return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
    }

    /** The first value of the fields named {@code name}. */
    public Optional<String> first(String name) {
        for (HeaderField f : fields) {
            if (f.hasName(name)) {
                return Optional.of(f.value());
            }
        }
        return Optional.empty();
    }

    /**
     * The values of every field named {@code name} joined by {@code ", "}, as fetch#concept-header-list-get does;
     * empty when there is none.
     */
    public Optional<String> combined(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }

    public boolean contains(String name) {
        for (HeaderField f : fields) {
            if (f.hasName(name)) {
                return true;
            }
        }
        return false;
    }

    /** Count the field lines named {@code name}. */
    public int count(String name) {
        return (int) fields.stream().filter(f -> f.hasName(name)).count();
    }

    /** A copy with {@code name: value} appended after the existing fields. */
    public HeaderList with(String name, String value) {
        List<HeaderField> list = new ArrayList<>(fields);
        list.add(new HeaderField(name, value));
        return new HeaderList(list);
    }

    /** A copy without any field named {@code name}. */
    public HeaderList without(String name) {
        return new HeaderList(fields.stream().filter(f -> !f.hasName(name)).toList());
    }

    /** A copy in which {@code name} has exactly one field, {@code value}, at the place of its first field. */
    public HeaderList replacing(String name, String value) {
        List<HeaderField> list = new ArrayList<>(fields.size() + 1);
        boolean placed = false;
        for (HeaderField f : fields) {
            if (!f.hasName(name)) {
                list.add(f);
            } else if (!placed) {
                list.add(new HeaderField(f.name(), value));
                placed = true;
            }
        }
        if (!placed) {
            list.add(new HeaderField(name, value));
        }
        return new HeaderList(list);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public int size() {
        return fields.size();
    }

    /** Start an empty list to append fields to. */
    public static Builder builder() {
        return new Builder();
    }

    /** Appends fields in order; {@link #build()} copies them into a {@link HeaderList}. */
    public static final class Builder {
        private final List<HeaderField> fields = new ArrayList<>();

        private Builder() {
        }

        /** Append {@code name: value}. */
        public Builder add(String name, String value) {
            fields.add(new HeaderField(name, value));
            return this;
        }

        /** Append every field of {@code other}. */
        public Builder addAll(HeaderList other) {
            fields.addAll(other.fields());
            return this;
        }

        public HeaderList build() {
            return new HeaderList(fields);
        }
    }

    @Override
    public String toString() {
        return fields.stream().map(HeaderField::toString).collect(Collectors.joining("\r\n"));
    }
}
