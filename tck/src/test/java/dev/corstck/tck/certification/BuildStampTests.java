package dev.corstck.tck.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code build} must run again: no stamp, another command, or a newer source file. */
class BuildStampTests {

    @TempDir
    Path folder;

    @Test
    void aBuildIsStaleUntilItsStampIsWrittenAndAgainWhenASourceChanges() throws Exception {
        Files.writeString(folder.resolve("server.js"), "x");
        age(folder.resolve("server.js"));
        assertThat(BuildStamp.isStale(folder, "npm ci")).as("no stamp").isTrue();

        BuildStamp.write(folder, "npm ci");
        assertThat(BuildStamp.isStale(folder, "npm ci")).as("just built").isFalse();
        assertThat(BuildStamp.isStale(folder, "npm ci --omit=dev")).as("another command").isTrue();

        Files.writeString(folder.resolve("server.js"), "y");
        Files.setLastModifiedTime(folder.resolve("server.js"), FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(BuildStamp.isStale(folder, "npm ci")).as("a newer source").isTrue();
    }

    @Test
    void buildOutputNeverMakesTheStampStale() throws Exception {
        Files.writeString(folder.resolve("server.js"), "x");
        age(folder.resolve("server.js"));
        BuildStamp.write(folder, "npm ci");

        newer(folder.resolve("node_modules/cors/index.js"));
        newer(folder.resolve("target/classes/App.class"));

        assertThat(BuildStamp.isStale(folder, "npm ci")).isFalse();
    }

    @Test
    void inAGitWorkTreeOnlyFilesGitWouldCommitCount() throws Exception {
        // GIVEN a folder in a git work tree whose .gitignore lists its build output
        assertThat(new ProcessBuilder("git", "init", "-q", folder.toString()).start().waitFor(30, TimeUnit.SECONDS))
                .isTrue();
        Files.writeString(folder.resolve(".gitignore"), "out/\n");
        Files.writeString(folder.resolve("main.go"), "package main");
        age(folder.resolve(".gitignore"));
        age(folder.resolve("main.go"));
        BuildStamp.write(folder, "go build -o out/server .");

        // WHEN ignored output changes, THEN the build is up to date; WHEN an untracked source appears, it is stale
        newer(folder.resolve("out/server"));
        assertThat(BuildStamp.isStale(folder, "go build -o out/server .")).isFalse();
        newer(folder.resolve("handler.go"));
        assertThat(BuildStamp.isStale(folder, "go build -o out/server .")).isTrue();
    }

    private static void age(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    private static void newer(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "new");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    }
}
