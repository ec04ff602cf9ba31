package dev.corstck.tck.certification;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The certification folders: every {@code <dir>/<name>/} that holds an {@code implementation.yaml}, read and
 * validated, in matrix order (by ecosystem, then name).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Implementations {

    private Implementations() {
    }

    /** The outcome of reading the folders. */
    public sealed interface Loaded {

        /** Every selected folder is valid. */
        record Valid(List<Implementation> implementations) implements Loaded {
            public Valid {
                implementations = List.copyOf(implementations);
            }
        }

        /** Something is wrong: every problem of every selected folder, or a selection naming no folder. */
        record Invalid(List<String> messages) implements Loaded {
            public Invalid {
                messages = List.copyOf(messages);
            }
        }
    }

    /** Return the folders under {@code dir} that hold an {@code implementation.yaml}, sorted by name. */
    public static List<Path> folders(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
            children.forEach(c -> {
                if (Files.isRegularFile(c.resolve(ManifestReader.FILE_NAME))) {
                    out.add(c);
                }
            });
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    /**
     * Read the folders under {@code dir} that {@code only} selects: each entry names a folder ({@code express-cors})
     * or one configuration of it ({@code express-cors/documented}); an empty list selects everything.
     */
    public static Loaded load(Path dir, List<String> only) throws IOException {
        Objects.requireNonNull(only, "only must not be null");
        List<Path> folders = folders(dir);
        if (folders.isEmpty()) {
            return new Loaded.Invalid(List.of("no certification folder under " + dir + " (a folder holding "
                    + ManifestReader.FILE_NAME + ", see certification/APPS.md)"));
        }
        List<String> names = folders.stream().map(p -> p.getFileName().toString()).toList();
        List<String> unknown = only.stream().filter(n -> !names.contains(folderOf(n))).toList();
        if (!unknown.isEmpty()) {
            return new Loaded.Invalid(List.of("--only: no certification folder for " + unknown + " under " + dir
                    + "; there are: " + String.join(", ", names)));
        }
        java.util.Set<String> messages = new java.util.LinkedHashSet<>(); // a shared policy's problems once
        List<Implementation> valid = new ArrayList<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            if (!only.isEmpty() && only.stream().noneMatch(n -> folderOf(n).equals(name))) {
                continue;
            }
            ManifestReader.Loaded loaded = ManifestReader.read(folder);
            if (loaded instanceof ManifestReader.Loaded.Invalid invalid) {
                messages.addAll(invalid.messages());
            } else {
                Implementation implementation = ((ManifestReader.Loaded.Valid) loaded).implementation();
                select(implementation, only, messages).ifPresent(valid::add);
            }
        }
        if (!messages.isEmpty()) {
            return new Loaded.Invalid(List.copyOf(messages));
        }
        valid.sort(Comparator.comparing((Implementation i) -> i.ecosystem().ordinal()).thenComparing(
                Implementation::name));
        return new Loaded.Valid(valid);
    }

    /** Keep the configurations {@code only} names of {@code implementation} (all when it names the folder). */
    private static java.util.Optional<Implementation> select(Implementation implementation, List<String> only,
            java.util.Set<String> messages) {
        if (only.isEmpty() || only.contains(implementation.name())) {
            return java.util.Optional.of(implementation);
        }
        List<String> ids = only.stream().filter(n -> folderOf(n).equals(implementation.name()))
                .map(n -> n.substring(n.indexOf('/') + 1)).toList();
        List<Configuration> kept = implementation.configurations().stream().filter(c -> ids.contains(c.id()))
                .toList();
        ids.stream().filter(id -> kept.stream().noneMatch(c -> c.id().equals(id))).forEach(id -> messages.add(
                "--only: " + implementation.name() + " has no configuration '" + id + "'; it has: " + String.join(
                ", ", implementation.configurations().stream().map(Configuration::id).toList())));
        return kept.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Implementation(
                implementation.folder(), implementation.name(), implementation.title(), implementation.ecosystem(),
                implementation.version(), implementation.docs(), implementation.jdk(), implementation.build(),
                implementation.start(), implementation.packages(), kept, implementation.remedies()));
    }

    private static String folderOf(String entry) {
        int slash = entry.indexOf('/');
        return slash < 0 ? entry : entry.substring(0, slash);
    }
}
