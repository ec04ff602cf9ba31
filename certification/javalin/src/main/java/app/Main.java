package app;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.plugin.bundled.CorsPluginConfig;
import java.util.List;
import java.util.function.Consumer;

/** Serves the certification app with Javalin's bundled CorsPlugin, configured by {@code CORS_CONFIG}. */
public final class Main {

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        String config = System.getenv().getOrDefault("CORS_CONFIG", "documented");
        Consumer<CorsPluginConfig.CorsRule> rule = corsRule(config);

        Javalin app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule));
        });
        for (String path : List.of("/api/data", "/api/items")) {
            for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE)) {
                app.addHttpHandler(method, path, Main::json);
            }
        }
        app.get("/health", ctx -> ctx.result("ok"));
        app.start("127.0.0.1", port);
        System.out.println("javalin " + config + " listening on 127.0.0.1:" + port);
    }

    static Consumer<CorsPluginConfig.CorsRule> corsRule(String config) {
        return switch (config) {
            // The first example of https://javalin.io/plugins/cors: any host.
            case "default" -> CorsPluginConfig.CorsRule::anyHost;
            case "documented" -> it -> {
                it.allowHost("https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173");
                it.allowCredentials = true;
                it.exposeHeader("X-Total-Count");
                it.maxAge = 600;
            };
            default -> throw new IllegalArgumentException("unknown CORS_CONFIG " + config);
        };
    }

    static void json(Context ctx) {
        ctx.header("X-Total-Count", "2").contentType("application/json").result("{\"ok\":true}");
    }
}
