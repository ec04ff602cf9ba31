package app;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.cors.CorsConfig;
import io.netty.handler.codec.http.cors.CorsConfigBuilder;
import io.netty.handler.codec.http.cors.CorsHandler;
import java.nio.charset.StandardCharsets;

/** Serves the certification app behind Netty's {@link CorsHandler}, configured by {@code CORS_CONFIG}. */
public final class Main {

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        String config = System.getenv().getOrDefault("CORS_CONFIG", "documented");
        CorsConfig cors = corsConfig(config);

        EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            // CorsHandler is not sharable: one per channel, after the codec, before the app.
                            ch.pipeline()
                                    .addLast(new HttpServerCodec())
                                    .addLast(new HttpObjectAggregator(65536))
                                    .addLast(new CorsHandler(cors))
                                    .addLast(new AppHandler());
                        }
                    });
            bootstrap.bind("127.0.0.1", port).sync();
            System.out.println("netty " + config + " listening on 127.0.0.1:" + port);
            Thread.currentThread().join();
        } finally {
            group.shutdownGracefully();
        }
    }

    static CorsConfig corsConfig(String config) {
        return switch (config) {
            // CorsConfigBuilder.forAnyOrigin().build(): '*', no methods, no headers, Max-Age 0.
            case "default" -> CorsConfigBuilder.forAnyOrigin().build();
            // The recipe of Netty's own example (example/.../http/cors/HttpCorsServerInitializer).
            case "example" -> CorsConfigBuilder.forAnyOrigin().allowNullOrigin().allowCredentials().build();
            case "documented" -> CorsConfigBuilder
                    .forOrigins("https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173")
                    .allowedRequestMethods(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)
                    .allowedRequestHeaders("Content-Type", "Authorization", "X-Request-Id")
                    .exposeHeaders("X-Total-Count")
                    .allowCredentials()
                    .maxAge(600)
                    .build();
            default -> throw new IllegalArgumentException("unknown CORS_CONFIG " + config);
        };
    }

    /** The API: /api/data and /api/items for every method, /health, 404 elsewhere. */
    static final class AppHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            String path = new QueryStringDecoder(request.uri()).path();
            FullHttpResponse response;
            if (path.equals("/api/data") || path.equals("/api/items")) {
                response = respond(request, HttpResponseStatus.OK, "application/json", "{\"ok\":true}");
                response.headers().set("X-Total-Count", "2");
            } else if (path.equals("/health")) {
                response = respond(request, HttpResponseStatus.OK, "text/plain", "ok");
            } else {
                response = respond(request, HttpResponseStatus.NOT_FOUND, "text/plain", "not found");
            }
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            HttpUtil.setKeepAlive(response, keepAlive);
            var future = ctx.writeAndFlush(response);
            if (!keepAlive) {
                future.addListener(ChannelFutureListener.CLOSE);
            }
        }

        private static FullHttpResponse respond(FullHttpRequest request, HttpResponseStatus status,
                                                String contentType, String body) {
            FullHttpResponse response = new DefaultFullHttpResponse(request.protocolVersion(), status,
                    Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
            return response;
        }
    }
}
