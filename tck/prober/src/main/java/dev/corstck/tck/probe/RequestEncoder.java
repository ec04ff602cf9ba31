package dev.corstck.tck.probe;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turn a {@link RawRequest} into the exact bytes sent: the request line and header lines as given (order, case,
 * duplicates, no validation, so malformed requests can be sent on purpose), then the body.
 */
final class RequestEncoder {

    private RequestEncoder() {
    }

    /**
     * Add what HTTP/1.1 needs and the caller left out: {@code Host} first, and {@code Content-Length} last when a
     * body is sent without framing. Nothing the caller gave is changed.
     */
    static RawRequest complete(RawRequest request, ProbeTarget target) {
        HeaderList headers = request.headers();
        if (!headers.contains("Host")) {
            List<HeaderField> fields = new ArrayList<>(headers.size() + 1);
            fields.add(new HeaderField("Host", target.authority()));
            fields.addAll(headers.fields());
            headers = new HeaderList(fields);
        }
        if (!request.body().isEmpty() && !headers.contains("Content-Length")
                && !headers.contains("Transfer-Encoding")) {
            headers = headers.with("Content-Length",
                    Integer.toString(request.body().getBytes(StandardCharsets.UTF_8).length));
        }
        return request.withHeaders(headers);
    }

    /** Return the wire bytes: header text byte for byte (ISO-8859-1), body as UTF-8. */
    static byte[] encode(RawRequest request) {
        StringBuilder head = new StringBuilder(256);
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        for (HeaderField field : request.headers().fields()) {
            head.append(field.name()).append(": ").append(field.value()).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + request.body().length());
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(request.body().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
