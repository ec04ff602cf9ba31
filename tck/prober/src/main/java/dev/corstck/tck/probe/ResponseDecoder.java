package dev.corstck.tck.probe;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Read one HTTP/1.x response: status line, header lines in order with duplicates kept, and the body framed by
 * Content-Length, chunked coding or the end of the connection (RFC 9112 section 6.3), all within the limits.
 */
final class ResponseDecoder {

    /** A response read off the wire, and whether its connection can carry another request. */
    record Decoded(RawResponse response, ProbeOutcome.BodyExtent extent, long bodyBytes, boolean reusable) {
    }

    private record Head(String version, int status, String reasonPhrase, HeaderList headers) {
    }

    // Compiled once: String.matches compiles its pattern on every call, and these run for every response.
    private static final Pattern STATUS_CODE = Pattern.compile("\\d{3}");
    private static final Pattern CHUNK_SIZE = Pattern.compile("[0-9A-Fa-f]{1,15}");
    private static final Pattern CONTENT_LENGTH = Pattern.compile("\\d{1,18}");

    private ResponseDecoder() {
    }

    static Decoded read(WireInput in, String method, ProbeOptions options) throws ProbeException {
        HeadSectionReader heads = new HeadSectionReader(in, options);
        Head head = readHead(heads);
        while (head.status() >= 100 && head.status() < 200 && head.status() != 101) {
            head = readHead(heads); // interim responses (100 Continue, 103 Early Hints) precede the real one
        }
        return readBody(in, heads, head, method, options);
    }

    private static Head readHead(HeadSectionReader heads) throws ProbeException {
        String statusLine = heads.line("status line");
        if (statusLine == null) {
            throw new ProbeException(new ProbeFailure.ClosedEarly("no response: the target closed the connection"));
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || parts[0].length() != 8
                || !STATUS_CODE.matcher(parts[1]).matches()) {
            throw malformed("status line is not 'HTTP/1.x NNN reason': '" + printable(statusLine) + "'");
        }
        List<HeaderField> fields = new ArrayList<>();
        for (String line = heads.line("header section"); !line.isEmpty(); line = heads.line("header section")) {
            fields.add(parseField(line, fields));
        }
        // The reason phrase is kept exactly as sent (RFC 9112 section 4: clients ignore it, evidence must not).
        String reasonPhrase = parts.length == 3 ? parts[2] : "";
        return new Head(parts[0], Integer.parseInt(parts[1]), reasonPhrase, new HeaderList(fields));
    }

    private static HeaderField parseField(String line, List<HeaderField> previous) throws ProbeException {
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            if (previous.isEmpty()) {
                throw malformed("continuation line before any header: '" + printable(line) + "'");
            }
            // obs-fold (RFC 9112 section 5.2): a recipient replaces it with a space, merging into the previous line
            HeaderField last = previous.remove(previous.size() - 1);
            return new HeaderField(last.name(), last.value() + " " + line.strip());
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw malformed("header line without a name and colon: '" + printable(line) + "'");
        }
        return new HeaderField(SharedText.of(line.substring(0, colon)),
                SharedText.of(line.substring(colon + 1).strip()));
    }

    private static Decoded readBody(WireInput in, HeadSectionReader heads, Head head, String method, ProbeOptions options)
            throws ProbeException {
        boolean persistent = isPersistent(head);
        BodyBuffer body = new BodyBuffer(options.maxBodyBytes());
        if (method.equalsIgnoreCase("HEAD") || head.status() == 204 || head.status() == 304
                || head.status() < 200) {
            return decoded(head, body, persistent && head.status() != 101);
        }
        List<String> codings = tokens(head.headers().all("Transfer-Encoding"));
        if (!codings.isEmpty()) {
            if (codings.get(codings.size() - 1).equals("chunked")) {
                boolean complete = readChunked(in, heads, body);
                return decoded(head, body, persistent && complete && !head.headers().contains("Content-Length"));
            }
            in.readBody(-1, body);
            return decoded(head, body, false);
        }
        long length = contentLength(head.headers());
        if (length < 0) {
            in.readBody(-1, body);
            return decoded(head, body, false);
        }
        long read = in.readBody(length, body);
        if (read < length && !body.isFull()) {
            throw new ProbeException(new ProbeFailure.ClosedEarly(
                    "body ended after " + read + " of " + length + " Content-Length bytes"));
        }
        return decoded(head, body, persistent);
    }

    /** Read chunks until the last one; return false when the body went past the limit and was cut. */
    private static boolean readChunked(WireInput in, HeadSectionReader heads, BodyBuffer body) throws ProbeException {
        while (true) {
            String sizeLine = in.readLine(1024, "chunk size line");
            if (sizeLine == null) {
                throw new ProbeException(new ProbeFailure.ClosedEarly("end of stream before the last chunk"));
            }
            long size = chunkSize(sizeLine);
            if (size == 0) {
                for (String t = heads.line("trailer section"); t != null && !t.isEmpty();
                        t = heads.line("trailer section")) {
                    // trailers are read and dropped: Fetch does not expose them to CORS
                }
                return true;
            }
            long read = in.readBody(size, body);
            if (body.isFull()) {
                return false;
            }
            if (read < size) {
                throw new ProbeException(new ProbeFailure.ClosedEarly("end of stream inside a chunk"));
            }
            String end = in.readLine(2, "chunk terminator");
            if (end == null || !end.isEmpty()) {
                throw malformed("chunk data not followed by CRLF");
            }
        }
    }

    private static long chunkSize(String line) throws ProbeException {
        String hex = line.split(";", 2)[0].strip();
        if (!CHUNK_SIZE.matcher(hex).matches()) {
            throw malformed("invalid chunk size line '" + printable(line) + "'");
        }
        return Long.parseLong(hex, 16);
    }

    /** Return the Content-Length, or -1 when absent; several equal values count as one (RFC 9110 8.6). */
    private static long contentLength(HeaderList headers) throws ProbeException {
        List<String> values = tokens(headers.all("Content-Length"));
        if (values.isEmpty()) {
            return -1;
        }
        if (values.stream().distinct().count() > 1 || !CONTENT_LENGTH.matcher(values.get(0)).matches()) {
            throw malformed("invalid Content-Length " + headers.all("Content-Length"));
        }
        return Long.parseLong(values.get(0));
    }

    private static boolean isPersistent(Head head) {
        List<String> connection = tokens(head.headers().all("Connection"));
        if (head.version().equals("HTTP/1.0")) {
            return connection.contains("keep-alive");
        }
        return !connection.contains("close");
    }

    private static List<String> tokens(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    out.add(token.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static Decoded decoded(Head head, BodyBuffer body, boolean reusable) {
        ProbeOutcome.BodyExtent extent = body.isFull() ? ProbeOutcome.BodyExtent.TRUNCATED
                : ProbeOutcome.BodyExtent.COMPLETE;
        RawResponse response = new RawResponse(head.status(), head.reasonPhrase(), head.headers(), body.text());
        return new Decoded(response, extent, body.seen(), reusable && !body.isFull());
    }

    private static ProbeException malformed(String reason) {
        return new ProbeException(new ProbeFailure.Malformed(reason));
    }

    private static String printable(String s) {
        String cut = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return cut.replaceAll("[\\x00-\\x1f\\x7f-\\xff]", "?");
    }
}
