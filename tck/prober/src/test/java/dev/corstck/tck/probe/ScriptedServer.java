package dev.corstck.tck.probe;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw TCP server on loopback that plays a script on every connection: the misbehaving targets (hang, reset,
 * garbage, huge headers, slowloris) and exact-byte checks need more control than any HTTP server gives.
 */
final class ScriptedServer implements AutoCloseable {

    /** What the server does with one accepted connection. */
    @FunctionalInterface
    interface Script {
        void play(Conn conn) throws Exception;
    }

    /** One accepted connection, as a script sees it. */
    final class Conn {
        final Socket socket;
        final InputStream in;
        final OutputStream out;

        Conn(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        /** Read one request head (up to the empty line) and remember it; empty at end of stream. */
        String readHead() throws IOException {
            return ScriptedServer.this.readHead(in);
        }

        /** Write {@code text} byte for byte and flush. */
        void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }

    private final ServerSocket server;
    private final Thread acceptor;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> players = new CopyOnWriteArrayList<>();
    private final List<String> heads = new CopyOnWriteArrayList<>();

    private ScriptedServer(Script script) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> acceptLoop(script), "scripted-server-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ScriptedServer start(Script script) throws IOException {
        return new ScriptedServer(script);
    }

    ProbeTarget target() {
        return new ProbeTarget("http", "127.0.0.1", server.getLocalPort());
    }

    /** Return the request heads the scripts read with {@link Conn#readHead}, in order. */
    List<String> heads() {
        return heads;
    }

    private String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                heads.add(text);
                return text;
            }
        }
        return "";
    }

    private void acceptLoop(Script script) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                Thread t = new Thread(() -> play(script, socket), "scripted-conn");
                t.setDaemon(true);
                players.add(t);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void play(Script script, Socket socket) {
        try {
            script.play(new Conn(socket));
        } catch (Exception ignored) {
            // the client went away or the test ended: the script simply stops
        }
    }

    /** Close the listening socket and every connection, and stop the scripts (sleeping ones are interrupted). */
    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
        players.forEach(Thread::interrupt);
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
