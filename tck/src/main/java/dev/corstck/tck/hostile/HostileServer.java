package dev.corstck.tck.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * A raw-socket server on loopback that misbehaves on purpose, one way per {@link Behaviour}: the hostile targets the
 * kit is tested and measured against ({@code HostileTargetTests}, {@code tools/bench-hostile}). Every behaviour stops
 * when the server is closed; nothing leaves loopback.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class HostileServer implements AutoCloseable {

    /** How the server answers every connection. */
    public enum Behaviour {
        /** Accept and never answer. */
        HANG,
        /** A valid status line, then one byte of header every 200 ms, never ending. */
        DRIP,
        /** Read the request, then reset the connection (RST). */
        RESET,
        /** Answer something that is not HTTP. */
        GARBAGE,
        /** A status line, then header lines without end. */
        HUGE_HEAD,
        /** A valid head, then a body without end (no length, never closed). */
        INFINITE_BODY,
        /** Redirect every request to its own URL. */
        REDIRECT_SELF,
        /** Redirect /a to /b and everything else to /a, each with {@code Access-Control-Allow-Origin: *}. */
        REDIRECT_CYCLE,
        /** A 200 whose headers and body carry markup and script meant to run in the report. */
        INJECTION
    }

    /** The markup {@link Behaviour#INJECTION} sends, to look for in the reports. */
    public static final String PAYLOAD = "<script>alert('cors-tck-xss')</script>";
    public static final String ATTRIBUTE_PAYLOAD = "\"><img src=x onerror=alert('cors-tck-xss')>";

    private final ServerSocket socket;
    private final Behaviour behaviour;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Start on a free loopback port. */
    public HostileServer(Behaviour behaviour) throws IOException {
        this(behaviour, 0);
    }

    /** Start on {@code port} of 127.0.0.1 (0: a free one). */
    public HostileServer(Behaviour behaviour, int port) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(port, 64, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "hostile-" + behaviour);
        accept.setDaemon(true);
        accept.start();
    }

    /** The server's base URL. */
    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = socket.accept();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "hostile-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            switch (behaviour) {
                case HANG -> sleepUntilClosed();
                case DRIP -> {
                    out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    while (!closed) {
                        out.write('X');
                        out.flush();
                        Thread.sleep(200);
                    }
                }
                case RESET -> {
                    readHead(in);
                    s.setSoLinger(true, 0);
                }
                case GARBAGE -> {
                    readHead(in);
                    out.write("\u0000\u0001SSH-2.0-not-http\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                case HUGE_HEAD -> {
                    readHead(in);
                    out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    byte[] line = ("X-Filler: " + "a".repeat(1000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                    while (!closed) {
                        out.write(line);
                    }
                }
                case INFINITE_BODY -> {
                    readHead(in);
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nAccess-Control-Allow-Origin: *\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                    byte[] chunk = "z".repeat(8192).getBytes(StandardCharsets.ISO_8859_1);
                    while (!closed) {
                        out.write(chunk);
                    }
                }
                case REDIRECT_SELF, REDIRECT_CYCLE, INJECTION -> {
                    for (String head = readHead(in); head != null; head = readHead(in)) {
                        out.write(answer(head).getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    }
                }
                default -> throw new IllegalStateException();
            }
        } catch (IOException | InterruptedException e) {
            // the client gave up or the server closed: expected
        } finally {
            open.remove(s);
        }
    }

    private String answer(String head) {
        String target = head.split(" ", 3)[1];
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String query = target.contains("?") ? target.substring(target.indexOf('?')) : "";
        return switch (behaviour) {
            case REDIRECT_SELF -> "HTTP/1.1 302 Found\r\nLocation: " + target + "\r\nContent-Length: 0\r\n\r\n";
            case REDIRECT_CYCLE -> "HTTP/1.1 302 Found\r\nLocation: " + (path.equals("/a") ? "/b" : "/a") + query
                    + "\r\nAccess-Control-Allow-Origin: *\r\nContent-Length: 0\r\n\r\n";
            default -> {
                String body = PAYLOAD + ATTRIBUTE_PAYLOAD + "]]></system-out>";
                yield "HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: " + PAYLOAD + "\r\nX-Evil: " + ATTRIBUTE_PAYLOAD
                        + "\r\nVary: " + PAYLOAD + "\r\nAccess-Control-Expose-Headers: " + ATTRIBUTE_PAYLOAD
                        + "\r\nContent-Type: text/html\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
            }
        };
    }

    /** Read one request head (through the blank line); null at the end of the stream. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                String text = head.toString();
                int length = contentLength(text);
                if (length > 0) {
                    in.readNBytes(length);
                }
                return text;
            }
            if (head.length() > 65_536) {
                throw new SocketException("request head too large");
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return 0;
    }

    private void sleepUntilClosed() throws InterruptedException {
        while (!closed) {
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
