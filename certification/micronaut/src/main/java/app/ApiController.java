package app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;

/** The API without CORS annotations: the global micronaut.server.cors.* configuration applies. */
@Controller
@Requires(notEnv = "per-route")
class ApiController {

    @Get("/api/data") HttpResponse<String> getData() { return Responses.ok(); }
    @Post("/api/data") HttpResponse<String> postData() { return Responses.ok(); }
    @Put("/api/data") HttpResponse<String> putData() { return Responses.ok(); }
    @Delete("/api/data") HttpResponse<String> deleteData() { return Responses.ok(); }

    @Get("/api/items") HttpResponse<String> getItems() { return Responses.ok(); }
    @Post("/api/items") HttpResponse<String> postItems() { return Responses.ok(); }
    @Put("/api/items") HttpResponse<String> putItems() { return Responses.ok(); }
    @Delete("/api/items") HttpResponse<String> deleteItems() { return Responses.ok(); }

    @Get(value = "/health", produces = MediaType.TEXT_PLAIN) String health() { return "ok"; }
}
