package app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.server.cors.CrossOrigin;

/**
 * /api/data and /api/items with policy.yaml as one @CrossOrigin on the controller (it applies to each of its
 * routes); global CORS stays disabled. A meta-annotation does not work: CrossOriginUtil asks hasAnnotation, not
 * hasStereotype.
 */
@Controller("/api")
@Requires(env = "per-route")
@CrossOrigin(
        allowedOrigins = {"https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173"},
        allowedMethods = {HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE},
        allowedHeaders = {"Content-Type", "Authorization", "X-Request-Id"},
        exposedHeaders = "X-Total-Count",
        allowCredentials = true,
        maxAge = 600)
class PerRouteController {

    @Get("/data") HttpResponse<String> getData() { return Responses.ok(); }
    @Post("/data") HttpResponse<String> postData() { return Responses.ok(); }
    @Put("/data") HttpResponse<String> putData() { return Responses.ok(); }
    @Delete("/data") HttpResponse<String> deleteData() { return Responses.ok(); }

    @Get("/items") HttpResponse<String> getItems() { return Responses.ok(); }
    @Post("/items") HttpResponse<String> postItems() { return Responses.ok(); }
    @Put("/items") HttpResponse<String> putItems() { return Responses.ok(); }
    @Delete("/items") HttpResponse<String> deleteItems() { return Responses.ok(); }
}
