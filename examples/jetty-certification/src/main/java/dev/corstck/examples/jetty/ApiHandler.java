package dev.corstck.examples.jetty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The application: {@code /api/data} (GET, POST, DELETE) and {@code /api/items} (PUT), answering JSON with an
 * {@code X-Request-Id} header; anything else is 404, a wrong method 405.
 */
final class ApiHandler extends Handler.Abstract {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        response.getHeaders().put("X-Request-Id", UUID.randomUUID().toString());
        if (path.equals("/api/data")) {
            switch (method) {
                case "GET" -> json(response, callback, HttpStatus.OK_200, "{\"items\":[1,2,3]}");
                case "POST" -> json(response, callback, HttpStatus.CREATED_201, "{\"created\":true}");
                case "DELETE" -> json(response, callback, HttpStatus.OK_200, "{\"deleted\":true}");
                default -> Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            }
        } else if (path.equals("/api/items") && method.equals("PUT")) {
            json(response, callback, HttpStatus.OK_200, "{\"updated\":true}");
        } else {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
        }
        return true;
    }

    private static void json(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
