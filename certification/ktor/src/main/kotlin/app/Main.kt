package app

import io.ktor.http.ContentType
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.server.application.Application
import io.ktor.server.application.ApplicationCall
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.cors.routing.CORS
import io.ktor.server.response.header
import io.ktor.server.response.respondText
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.put
import io.ktor.server.routing.route
import io.ktor.server.routing.routing

/** Serves the certification app with Ktor's CORS plugin installed application-wide, chosen by CORS_CONFIG. */
fun main() {
    val port = System.getenv("PORT")?.toInt() ?: 8080
    val config = System.getenv("CORS_CONFIG") ?: "documented"
    embeddedServer(Netty, port = port, host = "127.0.0.1") { module(config) }.start(wait = true)
}

fun Application.module(config: String) {
    when (config) {
        "documented" -> install(CORS) {
            allowHost("app.localhost", schemes = listOf("https"))
            allowHost("localhost:5173", schemes = listOf("http"))
            allowHost("127.0.0.1:5173", schemes = listOf("http"))
            // GET, POST and HEAD are allowed by default.
            allowMethod(HttpMethod.Put)
            allowMethod(HttpMethod.Delete)
            allowHeader(HttpHeaders.ContentType)
            allowHeader(HttpHeaders.Authorization)
            allowHeader("X-Request-Id")
            // Without it, Ktor refuses Content-Type values other than the three CORS-safelisted ones (JSON).
            allowNonSimpleContentTypes = true
            exposeHeader("X-Total-Count")
            allowCredentials = true
            maxAgeInSeconds = 600
        }
        // The CORS block the Ktor project generator writes (with its own "don't do this in production" note).
        "default" -> install(CORS) {
            allowMethod(HttpMethod.Options)
            allowMethod(HttpMethod.Put)
            allowMethod(HttpMethod.Delete)
            allowMethod(HttpMethod.Patch)
            allowHeader(HttpHeaders.Authorization)
            allowHeader("MyCustomHeader")
            anyHost()
        }
        else -> error("unknown CORS_CONFIG $config")
    }
    routing {
        for (path in listOf("/api/data", "/api/items")) {
            route(path) {
                get { call.json() }
                post { call.json() }
                put { call.json() }
                delete { call.json() }
            }
        }
        get("/health") { call.respondText("ok") }
    }
}

private suspend fun ApplicationCall.json() {
    response.header("X-Total-Count", "2")
    respondText("{\"ok\":true}", ContentType.Application.Json)
}
