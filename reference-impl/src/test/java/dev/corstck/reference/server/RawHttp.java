package dev.corstck.reference.server;

import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A test client that writes exact request bytes and reads header lines exactly as they arrive. */
final class RawHttp {

    private RawHttp() {
    }

    static RawResponse exchange(int port, String requestHead) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream(), requestHead.startsWith("HEAD "));
        }
    }

    private static RawResponse read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        HeaderList.Builder headers = HeaderList.builder();
        int length = 0;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            headers.add(name, value);
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(value);
            }
        }
        byte[] body = head ? new byte[0] : in.readNBytes(length);
        return new RawResponse(status, headers.build(), new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-line: " + out);
            }
            if (b != '\r') {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
