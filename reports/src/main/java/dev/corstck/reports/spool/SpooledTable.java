package dev.corstck.reports.spool;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Distinct values numbered from 0 in order of first sight and stored in a {@link SpoolFile}, equal values once (as
 * the in-memory numbering does: {@code MemoryCitations}). Only a 64-bit digest per value stays in memory; a digest
 * seen before is confirmed byte for byte against the stored value, so a collision never merges two values.
 *
 * <p>Most citations repeat one object (every rule checked on a scenario cites its exchanges): a small identity map
 * of recent values answers those without encoding them again.
 *
 * @param <T> the value type, encoded by the report mapper
 */
final class SpooledTable<T> {

    private static final int RECENT = 4096;

    private final SpoolFile file;
    private final ObjectMapper mapper;
    private final Class<T> type;
    /** The first number stored with each digest; further numbers with the same digest chain through {@link #next}. */
    private final DigestIndex byDigest = new DigestIndex();
    private final Map<Integer, Integer> next = new HashMap<>();
    private final Map<T, Integer> recent = new IdentityHashMap<>();
    /** The encodings of the last values stored, to confirm a digest without reading the file. */
    private final Map<Integer, byte[]> lastStored = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
            return size() > RECENT;
        }
    };

    private final java.util.function.ToLongFunction<byte[]> digest;

    SpooledTable(SpoolFile file, ObjectMapper mapper, Class<T> type) {
        this(file, mapper, type, SpooledTable::digest);
    }

    /** A table with its own digest: the tests give one that collides for every value. */
    SpooledTable(SpoolFile file, ObjectMapper mapper, Class<T> type, java.util.function.ToLongFunction<byte[]> digest) {
        this.file = file;
        this.mapper = mapper;
        this.type = type;
        this.digest = digest;
    }

    /** Return the number of {@code value}, storing it if it is new. */
    int index(T value) throws IOException {
        Integer known = recent.get(value);
        if (known != null) {
            return known;
        }
        byte[] bytes = mapper.writeValueAsBytes(value);
        long digest = this.digest.applyAsLong(bytes);
        int first = byDigest.get(digest);
        Integer candidate = first < 0 ? null : first;
        Integer last = null;
        while (candidate != null) {
            if (Arrays.equals(stored(candidate), bytes)) {
                remember(value, candidate);
                return candidate;
            }
            last = candidate;
            candidate = next.get(candidate);
        }
        int number = file.append(bytes);
        if (last == null) {
            byDigest.put(digest, number);
        } else {
            next.put(last, number);
        }
        lastStored.put(number, bytes);
        remember(value, number);
        return number;
    }

    private byte[] stored(int number) throws IOException {
        byte[] bytes = lastStored.get(number);
        if (bytes == null) {
            file.flush(); // an old value with the same digest: rare, so a flush and a read are cheap enough
            bytes = file.read(number);
        }
        return bytes;
    }

    private void remember(T value, int number) {
        if (recent.size() >= RECENT) {
            recent.clear();
        }
        recent.put(value, number);
    }

    /** Return the number of values stored. */
    int count() {
        return file.count();
    }

    /** Decode value {@code number} (flushed). */
    T read(int number) {
        try {
            return mapper.readValue(file.read(number), type);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    SpoolFile file() {
        return file;
    }

    Class<T> type() {
        return type;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** FNV-1a, 64 bits: the digest only picks candidates, which are then compared whole. */
    private static long digest(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
