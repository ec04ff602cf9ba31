package dev.corstck.reference.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.corstck.reference.http.HeaderList;
import dev.corstck.reference.http.RawRequest;
import dev.corstck.reference.http.RawResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Turns a JDK {@link HttpExchange} into a {@link RawRequest}, and the responder's answer back into bytes. */
final class ExchangeAdapter implements HttpHandler {

    /** Largest request body read; a larger one is answered 413 without reaching the application. */
    static final int MAX_BODY = 1 << 20;

    private final ReferenceResponder responder;

    ExchangeAdapter(ReferenceResponder responder) {
        this.responder = responder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            RawResponse response;
            if (body.length > MAX_BODY) {
                response = DemoApplication.json(413, Map.of("error", "body larger than " + MAX_BODY + " bytes"));
            } else {
                response = responder.handle(toRequest(exchange, new String(body, StandardCharsets.UTF_8)));
            }
            send(exchange, response);
        } catch (RuntimeException e) {
            // A bug must not leave the connection hanging: answer 500 if nothing was sent yet.
            if (exchange.getResponseCode() == -1) {
                send(exchange, DemoApplication.json(500, Map.of("error", String.valueOf(e))));
            }
        }
    }

    private static RawRequest toRequest(HttpExchange exchange, String body) {
        HeaderList.Builder headers = HeaderList.builder();
        for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
            e.getValue().forEach(v -> headers.add(e.getKey(), v));
        }
        String target = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        return new RawRequest(exchange.getRequestMethod(), query == null ? target : target + "?" + query,
                headers.build(), body);
    }

    private static void send(HttpExchange exchange, RawResponse response) throws IOException {
        WireForm.copyInto(response.headers(), exchange.getResponseHeaders());
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        RawRequest probe = RawRequest.of(exchange.getRequestMethod(), "/", HeaderList.empty());
        if (WireForm.hasNoBody(probe, response.status()) || bytes.length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            return in.readNBytes(MAX_BODY + 1);
        }
    }
}
