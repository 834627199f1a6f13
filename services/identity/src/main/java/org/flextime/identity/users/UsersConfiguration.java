package org.flextime.identity.users;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.flextime.identity.IdentityProperties;
import org.flextime.identity.issuer.Tokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The accounts (also the login form's users) and the first admin. */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

    @Bean
    UserAccounts userAccounts(JdbcTemplate jdbc, PasswordEncoder hashes, Clock clock) {
        return new UserAccounts(jdbc, hashes, clock);
    }

    @Bean
    FirstAdmin firstAdmin(UserAccounts accounts, Tokens tokens, JWKSource<SecurityContext> keys, IdentityProperties settings, Clock clock) {
        return new FirstAdmin(accounts, tokens, keys, settings, clock);
    }
}
