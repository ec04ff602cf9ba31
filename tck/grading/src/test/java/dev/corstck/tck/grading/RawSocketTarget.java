package dev.corstck.tck.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback socket server that misbehaves on purpose: it never answers, or it answers with garbage. */
final class RawSocketTarget implements AutoCloseable {

    /** How the server treats each connection. */
    enum Behaviour { HANG, GARBAGE }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    RawSocketTarget(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "raw-socket-target");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A URL nothing listens on: a port bound and released at once. */
    static String refusedUrl() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                open.add(s);
                if (behaviour == Behaviour.GARBAGE) {
                    answerGarbage(s);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void answerGarbage(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            in.read(new byte[4096]);
            out.write("SSH-2.0-OpenSSH_9.2\r\n\u0000\u0001\u0002 not http at all\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            // the prober hung up first
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
