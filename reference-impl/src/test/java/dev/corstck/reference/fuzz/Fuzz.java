package dev.corstck.reference.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Inputs for the property tests: look-alike and hostile origin and header texts, from a seeded generator. The run
 * size is {@code -Dcors.tck.fuzz.iterations} (default 100000; the documented long run is 1000000) and the seed
 * {@code -Dcors.tck.fuzz.seed} (default fixed, so a failure reproduces).
 */
public final class Fuzz {

    /** Origins the tests' policies allow, and their neighbours: what mutations start from. */
    public static final List<String> SEEDS = List.of("http://localhost:3000", "http://127.0.0.1:3000",
            "https://app.localhost", "https://api.app.localhost", "https://admin.app.localhost", "http://[::1]:3000",
            "https://myapp.com", "null", "https://xn--bcher-kva.example:8443");

    private static final String[] AFFIXES = {".evil.com", "evil", "x", ".", ":", ":443", ":80", "/", "@evil.com",
        "%2e", "\r\n", " ", "\t", "\u0000", "\u00e9", "\u0131", "*", "[", "]", "..", "::1", ",", ", https://app.localhost"};
    private static final java.util.regex.Pattern PORT = java.util.regex.Pattern.compile(":(\\d+)$");
    private static final String ALPHABET = "abcxyzAZ019.-_:/@*[]%?#\\ \t\r\n,;\"'\u00e9\u212a\u0000\u007f";

    private final Random random;

    public Fuzz() {
        this.random = new Random(Long.getLong("cors.tck.fuzz.seed", 20_261_127L));
    }

    /** How many inputs a property test draws. */
    public static int iterations() {
        return Integer.getInteger("cors.tck.fuzz.iterations", 100_000);
    }

    public Random random() {
        return random;
    }

    /** A look-alike or hostile origin text. */
    public String origin() {
        String s = SEEDS.get(random.nextInt(SEEDS.size()));
        int mutations = random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            s = mutate(s);
        }
        return random.nextInt(50) == 0 ? garbage(random.nextInt(200)) : s;
    }

    /** A header-list text: names, separators, whitespace and junk. */
    public String headerList() {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(random.nextBoolean() ? "," : random.nextBoolean() ? ", " : " ,\t");
            }
            out.append(random.nextInt(10) == 0 ? garbage(random.nextInt(8))
                    : List.of("Authorization", "content-type", "X-Custom", "x-a", "", " ", "X-Api-Key").get(random.nextInt(7)));
        }
        return out.toString();
    }

    private String mutate(String s) {
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        return switch (random.nextInt(7)) {
            case 0 -> s.substring(0, at) + ALPHABET.charAt(random.nextInt(ALPHABET.length())) + s.substring(at);
            case 1 -> at < s.length() ? s.substring(0, at) + s.substring(at + 1) : s;
            case 2 -> at < s.length() ? s.substring(0, at) + ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                    + s.substring(at + 1) : s;
            case 3 -> s + AFFIXES[random.nextInt(AFFIXES.length)];
            case 4 -> s.replace("://", "://" + AFFIXES[random.nextInt(AFFIXES.length)]);
            case 5 -> random.nextBoolean() ? s.toUpperCase(java.util.Locale.ROOT) : s.replace("https", "http");
            default -> PORT.matcher(s).replaceFirst(":" + random.nextInt(70_000));
        };
    }

    private String garbage(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x3000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
