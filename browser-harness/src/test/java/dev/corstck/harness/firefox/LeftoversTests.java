package dev.corstck.harness.firefox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as started by the code under test while another fixture's browser keeps running. */
class LeftoversTests {

    @Test
    void processesThatAlreadyRanStartingChildrenAreNotCountedAsStarted(@TempDir Path dir) throws Exception {
        // GIVEN a long-lived "browser" of another fixture that starts a child of its own a little later
        Process other = new ProcessBuilder(Leftovers.script(dir, "other-browser", "sleep 0.5\nsleep 30 &\nwait")
                .toString()).start();
        Process mine = null;
        try {
            Set<ProcessHandle> before = Leftovers.descendants();
            // WHEN the code under test starts a process meanwhile
            mine = new ProcessBuilder("sleep", "30").start();
            awaitChild(other.toHandle());

            // THEN only that process counts as started since
            assertThat(Leftovers.startedSince(before)).containsExactly(mine.toHandle());
        } finally {
            other.descendants().forEach(ProcessHandle::destroyForcibly);
            other.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            if (mine != null) {
                mine.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitChild(ProcessHandle parent) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (parent.children().findAny().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(parent.children()).as("the other browser's child").isNotEmpty();
    }
}
