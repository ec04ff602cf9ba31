package app;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.decorator.CorsDecorator;

/** GET /api/public: readable from any origin, without credentials (request headers as policy.yaml allows). */
final class PublicApi {

    @Get("/api/public")
    @CorsDecorator(origins = "*", allowedRequestMethods = HttpMethod.GET,
            allowedRequestHeaders = {"Content-Type", "Authorization", "X-Request-Id"},
            exposedHeaders = "X-Total-Count", maxAge = 600)
    public HttpResponse getPublic() { return Main.json(); }
}
