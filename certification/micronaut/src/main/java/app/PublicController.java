package app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.cors.CrossOrigin;

/** GET /api/public readable from any origin (no allowedOrigins means any), without credentials; and /health. */
@Controller
@Requires(env = "per-route")
class PublicController {

    @Get("/api/public")
    @CrossOrigin(allowedMethods = HttpMethod.GET, exposedHeaders = "X-Total-Count", allowCredentials = false, maxAge = 600)
    HttpResponse<String> getPublic() { return Responses.ok(); }

    @Get(value = "/health", produces = MediaType.TEXT_PLAIN) String health() { return "ok"; }
}
