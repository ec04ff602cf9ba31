package app;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.annotation.Delete;
import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Post;
import com.linecorp.armeria.server.annotation.Put;
import com.linecorp.armeria.server.annotation.decorator.CorsDecorator;

/** /api/data and /api/items with policy.yaml as a @CorsDecorator on the annotated service. */
@CorsDecorator(
        origins = {"https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173"},
        allowedRequestMethods = {HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE},
        allowedRequestHeaders = {"Content-Type", "Authorization", "X-Request-Id"},
        exposedHeaders = "X-Total-Count",
        credentialsAllowed = true,
        maxAge = 600)
final class PerRouteApi {

    @Get("/api/data") public HttpResponse getData() { return Main.json(); }
    @Post("/api/data") public HttpResponse postData() { return Main.json(); }
    @Put("/api/data") public HttpResponse putData() { return Main.json(); }
    @Delete("/api/data") public HttpResponse deleteData() { return Main.json(); }

    @Get("/api/items") public HttpResponse getItems() { return Main.json(); }
    @Post("/api/items") public HttpResponse postItems() { return Main.json(); }
    @Put("/api/items") public HttpResponse putItems() { return Main.json(); }
    @Delete("/api/items") public HttpResponse deleteItems() { return Main.json(); }
}
