package dev.corstck.tck.simulator.fetch;

import dev.corstck.tck.simulator.CookiePolicy;
import dev.corstck.tck.simulator.FetchUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A small cookie jar: host-only cookies with {@code SameSite}, {@code Secure} and {@code Partitioned}, stored and sent
 * per the profile's third-party policy (R-CRED-02…04). Domain, Path and Expires are not modelled.
 */
final class CookieJar {

    enum SameSite {
        NONE, LAX, STRICT, UNSPECIFIED
    }

    private record Cookie(String name, String value, String host, SameSite sameSite, boolean secure,
            boolean partitionedAttr, String partition) {
    }

    private final List<Cookie> cookies = new ArrayList<>();
    private final CookiePolicy policy;

    CookieJar(CookiePolicy policy) {
        this.policy = policy;
    }

    /** Store a cookie the user got by visiting {@code url} directly (a first-party context). */
    void seedFirstParty(FetchUrl url, String setCookie) {
        store(url, setCookie, url.origin().site());
    }

    /** Process {@code Set-Cookie} lines of a response to {@code url} fetched from a page on {@code topSite}. */
    List<String> storeAll(FetchUrl url, List<String> setCookies, String topSite) {
        List<String> refused = new ArrayList<>();
        for (String line : setCookies) {
            if (!store(url, line, topSite)) {
                refused.add(line);
            }
        }
        return refused;
    }

    private boolean store(FetchUrl url, String line, String topSite) {
        Optional<Cookie> parsed = parse(line, url.host());
        if (parsed.isEmpty() || (parsed.get().secure() && !isSecure(url))) {
            return false;
        }
        Cookie c = parsed.get();
        String partition = "";
        if (!url.origin().site().equals(topSite)) {
            SameSite effective = effective(c.sameSite());
            if (effective != SameSite.NONE || (policy.laxByDefault() && !c.secure())) {
                return false;
            }
            switch (policy.thirdParty()) {
                case ALLOW -> partition = "";
                case PARTITION -> partition = topSite;
                case BLOCK_UNPARTITIONED -> {
                    if (!c.partitionedAttr() || !c.secure()) {
                        return false;
                    }
                    partition = topSite;
                }
                case BLOCK -> {
                    return false;
                }
            }
        }
        Cookie stored = new Cookie(c.name(), c.value(), c.host(), c.sameSite(), c.secure(), c.partitionedAttr(),
                partition);
        cookies.removeIf(o -> o.name().equals(stored.name()) && o.host().equals(stored.host())
                && o.partition().equals(stored.partition()));
        cookies.add(stored);
        return true;
    }

    /** The {@code Cookie} header for a request to {@code url} from a page on {@code topSite}, if any cookie goes. */
    Optional<String> cookieHeader(FetchUrl url, String topSite) {
        boolean crossSite = !url.origin().site().equals(topSite);
        String header = cookies.stream()
                .filter(c -> c.host().equals(url.host()) && (!c.secure() || isSecure(url)))
                .filter(c -> !crossSite || effective(c.sameSite()) == SameSite.NONE)
                .filter(c -> c.partition().isEmpty()
                        ? !crossSite || policy.thirdParty() == CookiePolicy.ThirdParty.ALLOW
                        : c.partition().equals(topSite))
                .map(c -> c.name() + "=" + c.value())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Optional.empty() : Optional.of(header);
    }

    private SameSite effective(SameSite s) {
        return s == SameSite.UNSPECIFIED ? (policy.laxByDefault() ? SameSite.LAX : SameSite.NONE) : s;
    }

    private boolean isSecure(FetchUrl url) {
        String h = url.host();
        boolean local = h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("[::1]");
        return url.scheme().equals("https") || (policy.localhostIsSecure() && local);
    }

    private static Optional<Cookie> parse(String line, String host) {
        String[] parts = line.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        SameSite sameSite = SameSite.UNSPECIFIED;
        boolean secure = false;
        boolean partitioned = false;
        for (int i = 1; i < parts.length; i++) {
            String attr = parts[i].strip().toLowerCase(Locale.ROOT);
            if (attr.equals("secure")) {
                secure = true;
            } else if (attr.equals("partitioned")) {
                partitioned = true;
            } else if (attr.startsWith("samesite=")) {
                sameSite = sameSite(attr.substring("samesite=".length()).strip());
            }
        }
        return Optional.of(new Cookie(parts[0].substring(0, eq).strip(), parts[0].substring(eq + 1).strip(), host,
                sameSite, secure, partitioned, ""));
    }

    private static SameSite sameSite(String v) {
        return switch (v) {
            case "none" -> SameSite.NONE;
            case "lax" -> SameSite.LAX;
            case "strict" -> SameSite.STRICT;
            default -> SameSite.UNSPECIFIED;
        };
    }
}
