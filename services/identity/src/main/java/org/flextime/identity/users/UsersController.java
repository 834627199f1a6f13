package org.flextime.identity.users;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flextime.identity.IdentityProperties;
import org.flextime.identity.issuer.Tokens;
import org.flextime.platform.security.Role;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Users and their tokens, for admins: {@code /api/v1/users}. */
@RestController
class UsersController {

    private final UserAccounts accounts;
    private final Tokens tokens;
    private final IdentityProperties settings;

    UsersController(UserAccounts accounts, Tokens tokens, IdentityProperties settings) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.settings = settings;
    }

    /** A new account: its name and role. */
    record NewUser(String name, String role) {
    }

    /** A created account with its generated password, shown this once. */
    record CreatedUser(String name, String role, String password) {
    }

    /** An account as listed. */
    record UserView(String name, String role) {
    }

    /** An issued token (RFC 6749 names). */
    record IssuedToken(String access_token, String token_type, long expires_in) {
    }

    @GetMapping("/api/v1/users")
    List<UserView> list() {
        return accounts.all().stream().map(a -> new UserView(a.name(), a.role().claim())).toList();
    }

    @PostMapping("/api/v1/users")
    ResponseEntity<CreatedUser> create(@RequestBody NewUser user) {
        if (user == null || user.name() == null || !user.name().matches("[a-z][a-z0-9._-]{1,63}")) {
            throw new InvalidFieldException("name", "a user name is 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter", 422);
        }
        Role role = Role.fromClaim(user.role() == null ? "" : user.role()).orElseThrow(() -> new InvalidFieldException("role",
                "the role is one of viewer, scheduler, admin", 422));
        try {
            String password = accounts.create(user.name(), role);
            return ResponseEntity.created(URI.create("/api/v1/users/" + user.name())).body(new CreatedUser(user.name(), role.claim(), password));
        } catch (DuplicateKeyException taken) {
            throw new InvalidFieldException("name", "the user '" + user.name() + "' already exists", 409);
        }
    }

    @PostMapping("/api/v1/users/{name}/tokens")
    IssuedToken token(@PathVariable String name) {
        UserAccounts.Account account = accounts.find(name).orElseThrow(() -> new NotFoundException("user", name));
        Duration lifetime = settings.userTokenLifetime();
        Tokens.Issued issued = tokens.issue(account.name(), account.role(), lifetime);
        return new IssuedToken(issued.token(), "Bearer", lifetime.toSeconds());
    }
}
