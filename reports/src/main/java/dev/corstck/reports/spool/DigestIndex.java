package dev.corstck.reports.spool;

import java.util.Arrays;

/**
 * From a 64-bit digest to the first number stored with it: open addressing over two primitive arrays, about 24
 * bytes a value at most (a {@code HashMap<Long, Integer>} takes about 64), for the hundreds of thousands of distinct
 * exchanges, steps and evidences of a large target.
 */
final class DigestIndex {

    private static final int ABSENT = -1;

    private long[] keys = new long[1024];
    private int[] values = filled(1024);
    private int size;

    /** The number stored with {@code digest}, or -1. */
    int get(long digest) {
        int mask = keys.length - 1;
        for (int i = slot(digest, mask); values[i] != ABSENT; i = (i + 1) & mask) {
            if (keys[i] == digest) {
                return values[i];
            }
        }
        return ABSENT;
    }

    /** Store {@code number} with {@code digest}, which has none yet. */
    void put(long digest, int number) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(keys, values, digest, number);
        size++;
    }

    private static void insert(long[] keys, int[] values, long digest, int number) {
        int mask = keys.length - 1;
        int i = slot(digest, mask);
        while (values[i] != ABSENT) {
            i = (i + 1) & mask;
        }
        keys[i] = digest;
        values[i] = number;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = filled(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) {
                insert(keys, values, oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long digest, int mask) {
        long h = digest * 0x9E3779B97F4A7C15L; // spread the bits: slots come from the high ones
        return (int) (h >>> 32) & mask;
    }

    private static int[] filled(int length) {
        int[] values = new int[length];
        Arrays.fill(values, ABSENT);
        return values;
    }
}
