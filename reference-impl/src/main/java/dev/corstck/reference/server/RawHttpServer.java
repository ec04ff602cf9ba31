package dev.corstck.reference.server;

import com.sun.net.httpserver.Headers;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded target's HTTP/1.1 server on a plain {@link ServerSocket}: it reads each request head byte for byte,
 * so the reference implementation sees header values exactly as sent. The JDK {@code HttpServer} trims every value
 * with {@link String#trim()}, which also strips NUL and other control bytes: {@code Origin: http://localhost:3000\0}
 * reached the processor as a valid origin and was granted. Here only HTTP's optional whitespace (SP, HTAB) is taken
 * off a value (RFC 9112 section 5); every other byte stays, so such an origin is malformed and refused.
 *
 * <p>Responses are written as the JDK server writes them ({@link WireForm}: its header map's recasing and order, its
 * reason phrases, {@code Date}, {@code Content-length}, {@code Connection: close} for HTTP/1.0), so the in-process
 * responder and the wire still agree. Limits, each answered with a status and the connection closed: a head of at most
 * {@value #MAX_HEAD} bytes and {@value #MAX_FIELDS} fields (431), a body of at most {@link ExchangeAdapter#MAX_BODY}
 * bytes (413), a malformed head or framing (400: obs-fold, a bare CR, a space before the colon, both Content-Length
 * and Transfer-Encoding, two different Content-Lengths), at most {@value #MAX_CONNECTIONS} connections at once, and
 * {@value #IDLE_MILLIS} ms without a byte.
 */
final class RawHttpServer implements AutoCloseable {

    /** Largest request body read; a larger one is answered 413 without reaching the application. */
    static final int MAX_BODY = 1 << 20;
    /** Largest request head (request line and fields) read. */
    static final int MAX_HEAD = 64 * 1024;
    /** Most header fields in one request. */
    static final int MAX_FIELDS = 200;
    /** Most connections served at once; more wait in the backlog. */
    static final int MAX_CONNECTIONS = 512;
    /** Longest wait for the next byte of a request, or for the next request on a kept-alive connection. */
    static final int IDLE_MILLIS = 30_000;

    private final ServerSocket socket;
    private final ReferenceResponder responder;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final AtomicInteger workers = new AtomicInteger();
    private volatile boolean closed;

    RawHttpServer(InetAddress address, int port, ReferenceResponder responder) throws IOException {
        this.responder = responder;
        this.socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, port), 128);
        this.acceptor = new Thread(this::accept, "cors-target-accept-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void accept() {
        while (!closed) {
            try {
                slots.acquire();
                Socket client = socket.accept();
                open.add(client);
                Thread worker = new Thread(() -> serve(client), "cors-target-" + workers.incrementAndGet());
                worker.setDaemon(true);
                worker.start();
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                slots.release();
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setTcpNoDelay(true);
            client.setSoTimeout(IDLE_MILLIS);
            InputStream in = new BufferedInputStream(client.getInputStream(), 16 * 1024);
            OutputStream out = client.getOutputStream();
            while (!closed && exchange(in, out)) {
                // keep-alive: the next request on this connection
            }
        } catch (SocketTimeoutException | SocketException e) {
            // idle, reset or closed by the peer: nothing to answer
        } catch (IOException | RuntimeException e) {
            // a broken connection must not stop the server
        } finally {
            open.remove(client);
            slots.release();
        }
    }

    /** Read one request and answer it; return whether the connection stays open. */
    private boolean exchange(InputStream in, OutputStream out) throws IOException {
        Head head;
        try {
            head = Head.read(in);
        } catch (Refusal r) {
            refuse(out, r);
            return false;
        }
        if (head == null) {
            return false; // the client closed the connection between requests
        }
        String body;
        try {
            if (head.expectContinue && head.hasBody()) {
                out.write("HTTP/1.1 100 Continue\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            body = head.readBody(in);
        } catch (Refusal r) {
            refuse(out, r);
            return false;
        }
        RawResponse response;
        if (body == null) {
            response = DemoApplication.json(413, Map.of("error", "body larger than " + MAX_BODY
                    + " bytes"));
        } else {
            try {
                response = responder.handle(new RawRequest(head.method, head.target, head.headers(), body));
            } catch (RuntimeException e) {
                response = DemoApplication.json(500, Map.of("error", String.valueOf(e)));
            }
        }
        write(out, head, response);
        return head.keepAlive && body != null;
    }

    private static void write(OutputStream out, Head head, RawResponse response) throws IOException {
        RawRequest probe = RawRequest.of(head.method, "/", HeaderList.empty());
        RawResponse wire = WireForm.shape(probe, response, head.http10, head.keepAlive);
        StringBuilder text = new StringBuilder(512).append("HTTP/1.1 ").append(response.status())
                .append(WireForm.reasonPhrase(response.status())).append("\r\n");
        wire.headers().fields().forEach(f -> text.append(f.name()).append(": ").append(f.value()).append("\r\n"));
        text.append("\r\n");
        byte[] headBytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] bodyBytes = wire.body().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + bodyBytes.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(bodyBytes, 0, all, headBytes.length, bodyBytes.length);
        out.write(all);
        out.flush();
    }

    private static void refuse(OutputStream out, Refusal r) {
        byte[] body = ("<h1>" + r.status + " " + WireForm.reasonPhrase(r.status).strip() + "</h1>" + r.getMessage())
                .getBytes(StandardCharsets.ISO_8859_1);
        String head = "HTTP/1.1 " + r.status + WireForm.reasonPhrase(r.status) + "\r\nContent-Length: " + body.length
                + "\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n";
        try {
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            // the client is gone
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        acceptor.interrupt();
        try {
            acceptor.join(2_000); // the listening socket is really closed (its port free) once accept() has returned
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /** A request the server answers with an error status and a closed connection. */
    private static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** One request head, as read off the wire. */
    private static final class Head {
        String method;
        String target;
        boolean keepAlive;
        boolean http10;
        boolean expectContinue;
        long contentLength = -1;
        boolean chunked;
        final Headers fields = new Headers();

        /** Read a head; null when the connection ends before its first byte. */
        static Head read(InputStream in) throws IOException {
            LineReader lines = new LineReader(in);
            String requestLine = lines.next(true);
            while (requestLine != null && requestLine.isEmpty()) {
                requestLine = lines.next(true); // RFC 9112 2.2: ignore empty lines before a request line
            }
            if (requestLine == null) {
                return null;
            }
            Head head = new Head();
            head.requestLine(requestLine);
            int count = 0;
            for (String line = lines.next(false); !line.isEmpty(); line = lines.next(false)) {
                if (++count > MAX_FIELDS) {
                    throw new Refusal(431, "more than " + MAX_FIELDS + " header fields");
                }
                head.field(line);
            }
            head.framing();
            return head;
        }

        private void requestLine(String line) throws Refusal {
            int sp1 = line.indexOf(' ');
            int sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
            if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
                throw new Refusal(400, "Bad request line");
            }
            method = line.substring(0, sp1);
            String rawTarget = line.substring(sp1 + 1, sp2);
            String version = line.substring(sp2 + 1);
            if (!isToken(method) || !(version.equals("HTTP/1.1") || version.equals("HTTP/1.0"))) {
                throw new Refusal(400, "Bad request line");
            }
            target = target(rawTarget);
            http10 = version.equals("HTTP/1.0");
            keepAlive = !http10;
        }

        private static String target(String raw) throws Refusal {
            if (raw.startsWith("/")) {
                for (int i = 0; i < raw.length(); i++) {
                    char c = raw.charAt(i);
                    if (c <= ' ' || c >= 0x7f) {
                        throw new Refusal(400, "Bad request target");
                    }
                }
                return raw;
            }
            try {
                URI uri = new URI(raw); // absolute-form, as a proxy would send it
                if (!uri.isAbsolute() || uri.getRawPath() == null) {
                    throw new Refusal(400, "Bad request target");
                }
                String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            } catch (URISyntaxException e) {
                throw new Refusal(400, "Bad request target");
            }
        }

        private void field(String line) throws Refusal {
            char first = line.charAt(0);
            if (first == ' ' || first == '\t') {
                throw new Refusal(400, "obsolete line folding is not accepted"); // RFC 9112 5.2
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.substring(0, colon))) {
                throw new Refusal(400, "Bad header field: " + visible(line));
            }
            String name = line.substring(0, colon);
            int start = colon + 1;
            int end = line.length();
            while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
                start++;
            }
            while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
                end--;
            }
            String value = line.substring(start, end);
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new Refusal(400, "a bare CR in a header field");
            }
            fields.add(name, value);
        }

        private void framing() throws Refusal {
            List<String> lengths = fields.get("Content-length");
            List<String> encodings = fields.get("Transfer-encoding");
            if (lengths != null && encodings != null) {
                throw new Refusal(400, "both Content-Length and Transfer-Encoding");
            }
            if (encodings != null) {
                if (encodings.size() != 1 || !encodings.get(0).equalsIgnoreCase("chunked")) {
                    throw new Refusal(501, "only Transfer-Encoding: chunked is supported");
                }
                chunked = true;
            }
            if (lengths != null) {
                String first = lengths.get(0);
                if (!lengths.stream().allMatch(first::equals) || first.isEmpty() || first.length() > 18
                        || !first.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new Refusal(400, "bad Content-Length");
                }
                contentLength = Long.parseLong(first);
            }
            List<String> connection = fields.get("Connection");
            if (connection != null) {
                for (String c : connection) {
                    for (String token : c.split(",")) {
                        if (token.strip().equalsIgnoreCase("close")) {
                            keepAlive = false;
                        } else if (token.strip().equalsIgnoreCase("keep-alive")) {
                            keepAlive = true;
                        }
                    }
                }
            }
            List<String> expect = fields.get("Expect");
            expectContinue = expect != null && expect.stream().anyMatch(e -> e.equalsIgnoreCase("100-continue"));
        }

        boolean hasBody() {
            return chunked || contentLength > 0;
        }

        /** Read the body; null when it is larger than the limit (the rest is not read: the connection closes). */
        String readBody(InputStream in) throws IOException {
            if (chunked) {
                return chunkedBody(in);
            }
            if (contentLength <= 0) {
                return "";
            }
            if (contentLength > MAX_BODY) {
                return null;
            }
            byte[] body = in.readNBytes((int) contentLength);
            if (body.length < contentLength) {
                throw new SocketException("the body ended early");
            }
            return new String(body, StandardCharsets.UTF_8);
        }

        private static String chunkedBody(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            LineReader lines = new LineReader(in);
            while (true) {
                String sizeLine = lines.next(false);
                int semicolon = sizeLine.indexOf(';');
                String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
                int size;
                try {
                    size = hex.isEmpty() || hex.length() > 7 ? -1 : Integer.parseInt(hex, 16);
                } catch (NumberFormatException e) {
                    size = -1;
                }
                if (size < 0) {
                    throw new Refusal(400, "bad chunk size");
                }
                if (size == 0) {
                    while (!lines.next(false).isEmpty()) {
                        // trailer fields: read and dropped
                    }
                    return new String(body.toByteArray(), StandardCharsets.UTF_8);
                }
                if (body.size() + size > MAX_BODY) {
                    return null;
                }
                byte[] chunk = in.readNBytes(size);
                if (chunk.length < size) {
                    throw new SocketException("the body ended early");
                }
                body.write(chunk);
                if (!lines.next(false).isEmpty()) {
                    throw new Refusal(400, "a chunk does not end with CRLF");
                }
            }
        }

        HeaderList headers() {
            HeaderList.Builder out = HeaderList.builder();
            for (Map.Entry<String, List<String>> e : fields.entrySet()) {
                e.getValue().forEach(v -> out.add(e.getKey(), v));
            }
            return out.build();
        }

        private static boolean isToken(String s) {
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean ok = c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        private static String visible(String s) {
            StringBuilder out = new StringBuilder();
            s.chars().limit(80).forEach(c -> out.append(c >= 0x20 && c < 0x7f ? Character.toString(c)
                    : String.format("\\x%02x", c)));
            return out.toString();
        }
    }

    /** Lines of a head, ISO-8859-1 (one char per byte), ending in CRLF or LF, within {@link #MAX_HEAD} bytes. */
    private static final class LineReader {
        private final InputStream in;
        private int total;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its end; null at a clean end of stream when {@code eofAllowed}. */
        String next(boolean eofAllowed) throws IOException {
            StringBuilder line = new StringBuilder(64);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    if (eofAllowed && line.isEmpty() && total == 0) {
                        return null;
                    }
                    throw new SocketException("the request ended early");
                }
                if (++total > MAX_HEAD) {
                    throw new Refusal(431, "request head larger than " + MAX_HEAD + " bytes");
                }
                if (b == '\n') {
                    int n = line.length();
                    if (n > 0 && line.charAt(n - 1) == '\r') {
                        line.setLength(n - 1);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
        }
    }
}
