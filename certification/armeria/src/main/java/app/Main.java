package app;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServerBuilder;
import com.linecorp.armeria.server.cors.CorsService;
import java.net.InetSocketAddress;
import java.util.function.Function;

/** Serves the certification app with Armeria's {@link CorsService}, configured by {@code CORS_CONFIG}. */
public final class Main {

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        String config = System.getenv().getOrDefault("CORS_CONFIG", "documented");

        ServerBuilder sb = Server.builder().http(new InetSocketAddress("127.0.0.1", port));
        if (config.equals("per-route")) {
            // @CorsDecorator on the annotated services, no server-wide decorator.
            sb.annotatedService(new PerRouteApi()).annotatedService(new PublicApi());
        } else {
            HttpService api = (ctx, req) -> json();
            sb.service("/api/data", api).service("/api/items", api);
            sb.decorator(corsDecorator(config));
        }
        sb.service("/health", (ctx, req) -> HttpResponse.of("ok"));
        Server server = sb.build();
        server.closeOnJvmShutdown();
        server.start().join();
        System.out.println("armeria " + config + " listening on 127.0.0.1:" + server.activeLocalPort());
    }

    static Function<? super HttpService, CorsService> corsDecorator(String config) {
        return switch (config) {
            // any origin, nothing else: no methods, no headers, no Max-Age, no credentials
            case "default" -> CorsService.builderForAnyOrigin().newDecorator();
            case "documented" -> CorsService.builder("https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173")
                    .allowRequestMethods(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)
                    .allowRequestHeaders("Content-Type", "Authorization", "X-Request-Id")
                    .exposeHeaders("X-Total-Count")
                    .allowCredentials()
                    .maxAge(600)
                    .newDecorator();
            default -> throw new IllegalArgumentException("unknown CORS_CONFIG " + config);
        };
    }

    static HttpResponse json() {
        return HttpResponse.of(
                ResponseHeaders.builder(200).contentType(MediaType.JSON).add("X-Total-Count", "2").build(),
                HttpData.ofUtf8("{\"ok\":true}"));
    }
}
