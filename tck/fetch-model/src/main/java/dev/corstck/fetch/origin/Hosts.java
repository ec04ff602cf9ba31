package dev.corstck.fetch.origin;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * Host syntax for origins: domains (LDH labels, underscores allowed as the URL standard allows them), dotted
 * IPv4 and bracketed IPv6. Stricter than the URL parser on purpose: anything unusual is not an origin a policy
 * can allow, so it is never reflected.
 */
final class Hosts {

    private static final int MAX_DOMAIN = 253;

    private Hosts() {
    }

    /** Normalize a host as written by a person: lowercase, IDNA-encode, canonicalize IPv6; empty when invalid. */
    static Optional<String> canonical(String host) {
        if (host.startsWith("[")) {
            if (!host.endsWith("]") || host.length() < 3) {
                return Optional.empty();
            }
            return Ipv6.parse(host.substring(1, host.length() - 1)).map(p -> "[" + Ipv6.serialize(p) + "]");
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (!OriginSyntax.isVisibleAscii(lower)) {
            try {
                lower = IDN.toASCII(lower, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return isSerializedHost(lower) ? Optional.of(lower) : Optional.empty();
    }

    /** Answer whether {@code host} is already in serialized form. */
    static boolean isSerializedHost(String host) {
        if (host.startsWith("[")) {
            return host.endsWith("]") && host.length() > 2 && Ipv6.parse(host.substring(1, host.length() - 1))
                    .map(p -> host.equals("[" + Ipv6.serialize(p) + "]")).orElse(false);
        }
        if (host.isEmpty() || host.length() > MAX_DOMAIN + 1) {
            return false;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] labels = name.split("\\.", -1);
        String last = labels[labels.length - 1];
        if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return name.equals(host) && isIpv4(labels);
        }
        for (String label : labels) {
            if (!isLabel(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabel(String label) {
        if (label.isEmpty() || label.length() > 63) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Four decimal parts 0 to 255 without leading zeros: the only IPv4 form a URL serializes. */
    static boolean isIpv4(String[] parts) {
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            int value = OriginSyntax.parsePort(part);
            if (value < 0 || value > 255 || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }

    /** Answer whether {@code host} is a loopback host: localhost, a .localhost name, 127.0.0.0/8 or [::1]. */
    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
                || (host.startsWith("127.") && isIpv4(host.split("\\.", -1)));
    }
}
