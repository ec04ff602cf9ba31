package dev.corstck.tck.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Find a loopback port nothing listens on: bind one, then let it go. */
final class FreePort {

    private FreePort() {
    }

    static int closed() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
