package dev.corstck.tck.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code --targets} file: one target a line, {@code URL [policy-file]}, with {@code #} comments and blank lines.
 * A relative policy path is read from the targets file's directory, so a file and its policies move together.
 */
final class TargetsFile {

    /** One target to grade, with its own policy file when the line names one. */
    record Target(String url, Optional<Path> policy) {
    }

    /** What reading a targets file gave: the targets, or every problem, each as {@code file:line: message}. */
    sealed interface Read {
        record Valid(List<Target> targets) implements Read {
        }

        record Invalid(List<String> problems) implements Read {
        }
    }

    private TargetsFile() {
    }

    static Read read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return new Read.Invalid(List.of(file + ": cannot be read: " + e.getMessage()));
        }
        Path base = file.toAbsolutePath().getParent();
        List<Target> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String text = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (text.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] words = text.split("\\s+");
            if (words.length > 2) {
                problems.add(where + "expected 'URL [policy-file]', found " + words.length + " words");
                continue;
            }
            Optional<String> bad = urlProblem(words[0]);
            if (bad.isPresent()) {
                problems.add(where + bad.get());
                continue;
            }
            Optional<Path> policy = Optional.empty();
            if (words.length == 2) {
                Path p = base.resolve(words[1]);
                if (!Files.isRegularFile(p)) {
                    problems.add(where + "the policy file " + words[1] + " does not exist");
                    continue;
                }
                policy = Optional.of(p);
            }
            targets.add(new Target(words[0], policy));
        }
        if (problems.isEmpty() && targets.isEmpty()) {
            problems.add(file + ": names no target");
        }
        return problems.isEmpty() ? new Read.Valid(List.copyOf(targets)) : new Read.Invalid(List.copyOf(problems));
    }

    /** Why {@code url} is not an http(s) base URL with a host, if it is not. */
    private static Optional<String> urlProblem(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return Optional.of("'" + url + "' is not an http or https URL");
            }
            if (uri.getHost() == null) {
                return Optional.of("'" + url + "' has no host");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a URL: " + e.getReason());
        }
    }
}
