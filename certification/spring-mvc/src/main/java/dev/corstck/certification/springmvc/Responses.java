package dev.corstck.certification.springmvc;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The API's one answer: 200 {@code {"ok":true}} with {@code X-Total-Count: 2}. */
final class Responses {

    private Responses() {
    }

    static ResponseEntity<String> ok() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Total-Count", "2")
                .body("{\"ok\":true}");
    }
}
