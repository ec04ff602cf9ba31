package dev.corstck.certification.springmvc;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** The API without per-route CORS (configurations {@code documented} and {@code default}). */
@RestController
@Profile("!cors-per-route")
class ApiController {

    @RequestMapping(path = {"/api/data", "/api/items"},
            method = {RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE})
    ResponseEntity<String> api() {
        return Responses.ok();
    }

    @GetMapping(path = "/health", produces = MediaType.TEXT_PLAIN_VALUE)
    String health() {
        return "ok";
    }
}
