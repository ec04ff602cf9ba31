package dev.corstck.tck.certification;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDKs installed on this machine (under {@code /usr/lib/jvm}, as Debian and the Adoptium packages install them),
 * by feature version, read from each one's {@code release} file.
 */
final class Jdks {

    /** Where JDKs are looked for. */
    static final Path JVM_DIR = Path.of("/usr/lib/jvm");

    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    /** One installed JDK: its home and feature version. */
    record Jdk(Path home, int feature) {
    }

    private Jdks() {
    }

    /** Return the JDK with the lowest feature version at least {@code feature} under {@code dir}. */
    static Optional<Jdk> atLeast(int feature, Path dir) {
        return all(dir).stream().filter(j -> j.feature() >= feature).min(Comparator.comparingInt(Jdk::feature)
                .thenComparing(j -> j.home().toString()));
    }

    /** Every JDK (a home with {@code bin/java}, {@code bin/javac} and a {@code release} file) under {@code dir}. */
    static List<Jdk> all(Path dir) {
        Map<Path, Jdk> byRealPath = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(dir)) {
            List<Path> sorted = new ArrayList<>();
            homes.forEach(sorted::add);
            sorted.sort(Comparator.comparing(Path::toString));
            for (Path home : sorted) {
                feature(home).ifPresent(f -> {
                    try {
                        Path real = home.toRealPath();
                        byRealPath.putIfAbsent(real, new Jdk(real, f));
                    } catch (IOException e) {
                        // a dangling link: not a JDK
                    }
                });
            }
        } catch (IOException e) {
            return List.copyOf(byRealPath.values());
        }
        return List.copyOf(byRealPath.values());
    }

    private static Optional<Integer> feature(Path home) {
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isExecutable(home.resolve("bin/javac"))) {
            return Optional.empty();
        }
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
