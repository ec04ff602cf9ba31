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

    /** Read the folders under {@code dir} named in {@code only} (every folder when it is empty). */
    public static Loaded load(Path dir, List<String> only) throws IOException {
        Objects.requireNonNull(only, "only must not be null");
        List<Path> folders = folders(dir);
        if (folders.isEmpty()) {
            return new Loaded.Invalid(List.of("no certification folder under " + dir + " (a folder holding "
                    + ManifestReader.FILE_NAME + ", see certification/APPS.md)"));
        }
        List<String> names = folders.stream().map(p -> p.getFileName().toString()).toList();
        List<String> unknown = only.stream().filter(n -> !names.contains(n)).toList();
        if (!unknown.isEmpty()) {
            return new Loaded.Invalid(List.of("--only: no certification folder " + unknown + " under " + dir
                    + "; there are: " + String.join(", ", names)));
        }
        List<String> messages = new ArrayList<>();
        List<Implementation> valid = new ArrayList<>();
        for (Path folder : folders) {
            if (!only.isEmpty() && !only.contains(folder.getFileName().toString())) {
                continue;
            }
            ManifestReader.Loaded loaded = ManifestReader.read(folder);
            if (loaded instanceof ManifestReader.Loaded.Invalid invalid) {
                messages.addAll(invalid.messages());
            } else {
                valid.add(((ManifestReader.Loaded.Valid) loaded).implementation());
            }
        }
        if (!messages.isEmpty()) {
            return new Loaded.Invalid(messages);
        }
        valid.sort(Comparator.comparing((Implementation i) -> i.ecosystem().ordinal()).thenComparing(
                Implementation::name));
        return new Loaded.Valid(valid);
    }
}
