package dev.corstck.fetch.origin;

import java.util.Optional;

/** IPv6 text to eight 16-bit pieces and back, as the URL standard's IPv6 parser and serializer do. */
final class Ipv6 {

    private Ipv6() {
    }

    /** Parse the text between the brackets; empty when it is not an IPv6 address. */
    static Optional<int[]> parse(String s) {
        int n = s.length();
        if (n < 2 || n > 45) {
            return Optional.empty();
        }
        int[] pieces = new int[8];
        int index = 0;
        int compress = -1;
        int i = 0;
        if (s.startsWith("::")) {
            compress = 0;
            i = 2;
        } else if (s.charAt(0) == ':') {
            return Optional.empty();
        }
        while (i < n) {
            if (index == 8) {
                return Optional.empty();
            }
            if (s.charAt(i) == ':') {
                if (compress != -1) {
                    return Optional.empty();
                }
                compress = index;
                i++;
                continue;
            }
            int start = i;
            int value = 0;
            while (i < n && i - start < 4 && Character.digit(s.charAt(i), 16) >= 0) {
                value = value * 16 + Character.digit(s.charAt(i), 16);
                i++;
            }
            if (i < n && s.charAt(i) == '.') {
                if (index > 6 || !ipv4Tail(s.substring(start), pieces, index)) {
                    return Optional.empty();
                }
                index += 2;
                break;
            }
            if (i == start) {
                return Optional.empty();
            }
            pieces[index++] = value;
            if (i < n) {
                if (s.charAt(i) != ':' || i + 1 == n) {
                    return Optional.empty();
                }
                i++;
            }
        }
        return place(pieces, index, compress);
    }

    private static Optional<int[]> place(int[] pieces, int count, int compress) {
        if (compress == -1) {
            return count == 8 ? Optional.of(pieces) : Optional.empty();
        }
        if (count == 8) {
            return Optional.empty();
        }
        int[] out = new int[8];
        System.arraycopy(pieces, 0, out, 0, compress);
        int tail = count - compress;
        System.arraycopy(pieces, compress, out, 8 - tail, tail);
        return Optional.of(out);
    }

    private static boolean ipv4Tail(String text, int[] pieces, int index) {
        String[] parts = text.split("\\.", -1);
        if (!Hosts.isIpv4(parts)) {
            return false;
        }
        pieces[index] = Integer.parseInt(parts[0]) << 8 | Integer.parseInt(parts[1]);
        pieces[index + 1] = Integer.parseInt(parts[2]) << 8 | Integer.parseInt(parts[3]);
        return true;
    }

    /** Serialize with lowercase hex and the first longest run of two or more zero pieces as {@code ::}. */
    static String serialize(int[] pieces) {
        int compress = longestZeroRun(pieces);
        StringBuilder out = new StringBuilder(39);
        boolean skipping = false;
        for (int i = 0; i < 8; i++) {
            if (skipping && pieces[i] == 0) {
                continue;
            }
            skipping = false;
            if (compress == i) {
                out.append(i == 0 ? "::" : ":");
                skipping = true;
                continue;
            }
            out.append(Integer.toHexString(pieces[i]));
            if (i != 7) {
                out.append(':');
            }
        }
        return out.toString();
    }

    private static int longestZeroRun(int[] pieces) {
        int best = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && pieces[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                best = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        return best;
    }
}
