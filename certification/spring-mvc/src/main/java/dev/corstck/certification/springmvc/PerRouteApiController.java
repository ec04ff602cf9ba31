package dev.corstck.certification.springmvc;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code per-route}: {@code @CrossOrigin} on each handler method, as the Spring Framework reference ("CORS",
 * "{@code @CrossOrigin}") shows it. The API routes get the declared policy; {@code /api/public} is readable from any
 * origin without credentials.
 */
@RestController
@Profile("cors-per-route")
class PerRouteApiController {

    @CrossOrigin(origins = {"https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173"},
            methods = {RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE},
            allowedHeaders = {"Content-Type", "Authorization", "X-Request-Id"},
            exposedHeaders = "X-Total-Count",
            allowCredentials = "true",
            maxAge = 600)
    @RequestMapping(path = {"/api/data", "/api/items"},
            method = {RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE})
    ResponseEntity<String> api() {
        return Responses.ok();
    }

    @CrossOrigin(origins = "*",
            methods = RequestMethod.GET,
            allowedHeaders = {"Content-Type", "Authorization", "X-Request-Id"},
            exposedHeaders = "X-Total-Count",
            maxAge = 600)
    @GetMapping("/api/public")
    ResponseEntity<String> publicData() {
        return Responses.ok();
    }

    @GetMapping(path = "/health", produces = MediaType.TEXT_PLAIN_VALUE)
    String health() {
        return "ok";
    }
}
