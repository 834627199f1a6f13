package org.flextime.identity.keys;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Key rotation for admins: {@code POST /api/v1/signing-keys} makes a new key the signing one. */
@RestController
class SigningKeysController {

    private final SigningKeys keys;

    SigningKeysController(SigningKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/api/v1/signing-keys")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> rotate() {
        return Map.of("kid", keys.rotate());
    }
}
