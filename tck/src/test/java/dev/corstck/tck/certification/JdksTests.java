package dev.corstck.tck.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM implementation runs on the lowest installed JDK whose feature version is at least its {@code jdk}. */
class JdksTests {

    @TempDir
    Path jvm;

    @Test
    void theLowestJdkAtLeastTheOneAskedForIsChosen() throws Exception {
        jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("temurin-25-jdk-amd64", "25.0.3");
        jdk("java-8-openjdk", "1.8.0_402");
        Files.createDirectories(jvm.resolve("jre-only/bin"));
        Files.createSymbolicLink(jvm.resolve("java-1.17.0-openjdk-amd64"), jvm.resolve("java-17-openjdk-amd64"));

        assertThat(Jdks.all(jvm)).extracting(Jdks.Jdk::feature).containsExactlyInAnyOrder(8, 17, 25);
        assertThat(Jdks.atLeast(17, jvm)).hasValueSatisfying(j -> assertThat(j.home().getFileName().toString())
                .isEqualTo("java-17-openjdk-amd64"));
        assertThat(Jdks.atLeast(21, jvm)).hasValueSatisfying(j -> assertThat(j.feature()).isEqualTo(25));
        assertThat(Jdks.atLeast(26, jvm)).isEmpty();
    }

    private void jdk(String name, String version) throws Exception {
        Path bin = Files.createDirectories(jvm.resolve(name).resolve("bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Files.writeString(bin.resolve(tool), "#!/bin/sh\n");
            Files.setPosixFilePermissions(bin.resolve(tool), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(jvm.resolve(name).resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version
                + "\"\n");
    }
}
