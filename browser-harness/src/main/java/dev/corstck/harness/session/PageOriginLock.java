package dev.corstck.harness.session;

import dev.corstck.harness.HarnessException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Page origins live on fixed ports (3000, 443, 5173 ...): two grades at once in one network namespace would collide,
 * and the second one's browser confirmations would be lost. This lock, a file lock in the temporary directory named
 * after the network namespace, lets one harness at a time per namespace serve fixed-port page origins: a second
 * grade waits for the first to close its harness (at most {@link #MAX_WAIT}, interruptibly), then gets every
 * confirmation. Harnesses of one JVM share one hold (counted), as they always have shared the ports.
 */
final class PageOriginLock {

    /** Longest a harness waits for another process's page origins: system property {@code cors.tck.page-origin-wait-s}. */
    static final Duration MAX_WAIT = Duration.ofSeconds(Long.getLong("cors.tck.page-origin-wait-s", 600));

    private static int holders;
    private static FileChannel channel;
    private static FileLock lock;

    private PageOriginLock() {
    }

    /** Take the lock (or join this JVM's hold); wait while another process holds it. */
    static synchronized void acquire() {
        if (holders > 0) {
            holders++;
            return;
        }
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "cors-tck-page-origins-" + namespace() + ".lock");
        long end = System.nanoTime() + MAX_WAIT.toNanos();
        boolean told = false;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while ((lock = channel.tryLock()) == null) {
                if (!told) {
                    System.err.println("cors-tck: another cors-tck run serves the fixed-port page origins (" + file
                            + "); waiting for it to finish its browser stage");
                    told = true;
                }
                if (System.nanoTime() - end > 0) {
                    throw new HarnessException("the page-origin ports stayed in use by another cors-tck run for "
                            + MAX_WAIT.toSeconds() + " s (cors.tck.page-origin-wait-s)");
                }
                Thread.sleep(100);
            }
            holders = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeChannel();
            throw new HarnessException("interrupted while waiting for the page-origin ports");
        } catch (IOException e) {
            closeChannel(); // no lock file here (read-only tmp): bind as before; a collision shows as an error
            holders = 1;
        } catch (HarnessException e) {
            closeChannel();
            throw e;
        }
    }

    /** Leave the hold; the last holder of this JVM releases the lock. */
    static synchronized void release() {
        if (holders == 0 || --holders > 0) {
            return;
        }
        closeChannel();
    }

    private static void closeChannel() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        lock = null;
        channel = null;
    }

    /** The network namespace's inode number ("net:[4026531840]"), so namespaces with their own loopback never wait. */
    private static String namespace() {
        try {
            String link = Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
            return link.replaceAll("[^0-9]", "");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "host";
        }
    }
}
