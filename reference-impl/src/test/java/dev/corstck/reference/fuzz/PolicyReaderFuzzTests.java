package dev.corstck.reference.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.decision.CorsProcessor;
import dev.corstck.reference.decision.Decision;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.policy.FileProblem;
import dev.corstck.reference.policy.PolicyFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The policy reader over generated policy files (issue 15): well-formed policies built from hostile origin texts,
 * and the same texts broken at random (bytes dropped, swapped, duplicated; deep or odd nesting; anchors and aliases;
 * control and non-ASCII characters). It never throws and never hangs; every problem has a real position and a
 * message; every policy it accepts grants only origins its file listed (an oracle that compares strings, independent
 * of the matchers), and writes back to a file that loads to the same decisions. Size:
 * {@code -Dcors.tck.fuzz.policy.iterations} (default 10000, about 5 s; the documented long run is 1000000), seed
 * {@code -Dcors.tck.fuzz.seed}.
 */
class PolicyReaderFuzzTests {

    private static int iterations() {
        return Integer.getInteger("cors.tck.fuzz.policy.iterations", 10_000);
    }

    private static final String[] OPTIONS = {"methods: [GET, PUT]", "methods: GET, POST", "allowedHeaders: [Content-Type]",
        "allowedHeaders: '*'", "exposedHeaders: [X-Request-Id]", "credentials: true", "credentials: false",
        "maxAge: 600", "maxAge: -1", "maxAge: 99999999999999999999", "optionsSuccessStatus: 200",
        "preflightContinue: true", "allowPrivateNetwork: true", "dangerouslyAllowNullOrigin: true", "unknown: 1",
        "endpoints: [{path: /api, methods: [GET]}]", "&a [x]", "*a", "? [a]\n: b", "origin: *a", "methods: !!binary AA=="};
    private static final String NOISE = "[]{}:,-'\"#&*!|>%@`\t \n\r\u0000\u0085\u2028\ufeff\\é";

    @Test
    void neverThrowsAlwaysPositionsItsProblemsAndGrantsOnlyListedOrigins() {
        Fuzz fuzz = new Fuzz();
        Random random = fuzz.random();
        int valid = 0;
        int invalid = 0;
        int grants = 0;
        for (int i = 0; i < iterations(); i++) {
            List<String> listed = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int k = 0; k < n; k++) {
                listed.add(random.nextInt(3) == 0 ? Fuzz.SEEDS.get(random.nextInt(Fuzz.SEEDS.size())) : fuzz.origin());
            }
            String yaml = policyText(listed, random);
            boolean broken = random.nextInt(3) == 0;
            if (broken) {
                yaml = breakText(yaml, random);
            }
            String text = yaml;
            PolicyFile.Loaded loaded;
            try {
                loaded = PolicyFile.parse(text, "fuzz.yaml");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("the reader threw " + e + " on:\n" + text, e);
            }
            if (loaded instanceof PolicyFile.Loaded.Invalid bad) {
                invalid++;
                for (FileProblem p : bad.problems()) {
                    check(p.line() >= 1 && p.column() >= 1, () -> "no position: " + p + " for:\n" + text);
                    check(!p.message().isBlank() && !p.message().endsWith(": null"), () -> "no message: " + p);
                }
                continue;
            }
            valid++;
            CorsPolicy policy = ((PolicyFile.Loaded.Valid) loaded).policy();
            if (broken || !(text.startsWith("origin: ["))) {
                continue; // a broken text may still be a valid policy, but the oracle knows only the intact list
            }
            grants += checkGrants(policy, listed, fuzz, text);
            checkRoundTrip(policy, fuzz, text);
        }
        assertThat(valid).as("the generator reaches valid policies").isGreaterThan(iterations() / 50);
        assertThat(invalid).as("and invalid ones").isGreaterThan(iterations() / 50);
        assertThat(grants).as("and granted origins").isGreaterThan(0);
        System.out.printf("policy reader fuzz: %d inputs, %d valid, %d invalid, %d grants checked, 0 exceptions%n",
                iterations(), valid, invalid, grants);
    }

    /** Any origin granted is one the file listed, the same origin up to case and a default port. */
    private static int checkGrants(CorsPolicy policy, List<String> listed, Fuzz fuzz, String text) {
        Set<String> allowed = listed.stream().map(PolicyReaderFuzzTests::canonical)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        boolean wildcard = listed.stream().anyMatch(s -> s.equals("*") || s.contains("://*."));
        if (text.contains("dangerouslyAllowNullOrigin: true")) {
            allowed.add("null"); // the option allows the opaque origin by itself (CorsPolicy#dangerouslyAllowNullOrigin)
        }
        CorsProcessor processor = new CorsProcessor(policy);
        int grants = 0;
        List<String> candidates = new ArrayList<>(listed);
        for (int j = 0; j < 4; j++) {
            candidates.add(fuzz.origin());
        }
        for (String origin : candidates) {
            Decision d = processor.decide("GET", HeaderList.of("Origin", origin));
            Optional<String> acao = d.headers().first("Access-Control-Allow-Origin");
            if (acao.isEmpty() || acao.get().equals("*") && wildcard) {
                continue;
            }
            grants++;
            check(acao.get().equals(origin), () -> "granted " + acao.get() + " for Origin " + origin);
            check(wildcard || allowed.contains(canonical(origin)), () -> "granted " + origin
                    + ", not in the file's list " + listed + ":\n" + text);
        }
        return grants;
    }

    /** Writing the accepted policy back gives a file that loads to the same decisions. */
    private static void checkRoundTrip(CorsPolicy policy, Fuzz fuzz, String text) {
        String written = PolicyFile.format(policy);
        PolicyFile.Loaded again = PolicyFile.parse(written, "written.yaml");
        check(again instanceof PolicyFile.Loaded.Valid, () -> "the written policy does not load: " + again
                + "\nwritten:\n" + written + "\nfrom:\n" + text);
        CorsProcessor before = new CorsProcessor(policy);
        CorsProcessor after = new CorsProcessor(((PolicyFile.Loaded.Valid) again).policy());
        for (int j = 0; j < 3; j++) {
            String origin = fuzz.origin();
            HeaderList headers = HeaderList.of("Origin", origin);
            check(before.decide("GET", headers).headers().equals(after.decide("GET", headers).headers()),
                    () -> "the written policy decides " + origin + " differently:\n" + written);
        }
    }

    private static String policyText(List<String> origins, Random random) {
        StringBuilder yaml = new StringBuilder("origin: [");
        for (int k = 0; k < origins.size(); k++) {
            yaml.append(k == 0 ? "" : ", ").append(quote(origins.get(k), random));
        }
        yaml.append("]\n");
        int options = random.nextInt(4);
        for (int k = 0; k < options; k++) {
            yaml.append(OPTIONS[random.nextInt(OPTIONS.length)]).append('\n');
        }
        return yaml.toString();
    }

    /** A YAML scalar holding exactly {@code s}: double-quoted with escapes (or plain, when that is safe). */
    private static String quote(String s, Random random) {
        if (random.nextBoolean() && s.chars().allMatch(c -> c > 0x20 && c < 0x7f && "[]{},:#&*!|>'\"%@`".indexOf(c) < 0)) {
            return s;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c >= 0x80) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String breakText(String yaml, Random random) {
        StringBuilder s = new StringBuilder(yaml);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 1 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> s.insert(at, "[".repeat(1 + random.nextInt(200)));
                case 3 -> s.insert(at, "\n" + "  ".repeat(random.nextInt(40)) + "- ");
                case 4 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(30))));
                default -> s.insert(at, (char) random.nextInt(0x10000));
            }
        }
        return s.toString();
    }

    /**
     * Scheme and host lowercased, a port's leading zeros and a default port dropped (the URL standard's port parsing):
     * how a listed origin and a request origin compare.
     */
    private static String canonical(String origin) {
        String s = origin.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher port = java.util.regex.Pattern.compile(":0+(\\d)").matcher(s);
        int hostStart = s.indexOf("://") + 3;
        int colon = s.lastIndexOf(':');
        if (colon > hostStart && !s.substring(colon).contains("]") && port.find(colon) && port.start() == colon) {
            s = s.substring(0, colon) + ":" + s.substring(port.end() - 1);
        }
        if (s.startsWith("https://") && s.endsWith(":443")) {
            s = s.substring(0, s.length() - 4);
        } else if (s.startsWith("http://") && s.endsWith(":80")) {
            s = s.substring(0, s.length() - 3);
        }
        return s;
    }

    private static void check(boolean ok, Supplier<String> message) {
        if (!ok) {
            throw new AssertionError(message.get());
        }
    }
}
