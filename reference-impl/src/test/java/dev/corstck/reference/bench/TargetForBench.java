package dev.corstck.reference.bench;

import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;

/** Start the demo target on an ephemeral loopback port for {@code wrk}; print its URL; stop when stdin closes. */
public final class TargetForBench {

    private TargetForBench() {
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedTarget target = EmbeddedTarget.builder().start()) {
            System.out.println(target.baseUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the caller to close stdin
            }
        }
    }
}
