package org.flextime.identity.issuer;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.flextime.identity.IdentityProperties;
import org.flextime.identity.keys.SigningKeys;
import org.flextime.platform.security.Role;
import org.flextime.platform.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.http.MediaType;

/**
 * The OAuth 2.1 / OpenID Connect issuer (Spring Authorization Server): its protocol endpoints, a login form for the
 * authorization-code flow, clients in the identity schema, the stored signing keys, and the claims FlexTime reads
 * ({@code aud}, {@code roles}) added to every access token.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

    /** The client setting that holds a client's role (services call each other as {@code scheduler}). */
    public static final String ROLE_SETTING = "flextime.role";

    @Bean
    @Order(1)
    SecurityFilterChain issuerEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer issuer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(issuer.getEndpointsMatcher())
                .with(issuer, as -> as.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a browser that is not signed in is sent to the login form; an API client gets a 401
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        // the only cookie-based part of FlexTime: the login session, with Spring Security's CSRF protection left on
        http.securityMatcher("/login", "/logout")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, with the algorithm named in each hash so a later change of algorithm can still check old ones
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SigningKeys signingKeys(JdbcTemplate jdbc, Clock clock) {
        SigningKeys keys = new SigningKeys(jdbc, clock);
        keys.ensureOne();
        return keys;
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(keys.jwkSet());
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> keys) {
        return new NimbusJwtEncoder(keys);
    }

    @Bean
    Tokens tokens(JwtEncoder encoder, SigningKeys keys, SecurityProperties security, Clock clock) {
        return new Tokens(encoder, keys, security.issuer(), security.audience(), clock);
    }

    @Bean
    RegisteredClientRepository registeredClients(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    ServiceClients serviceClients(RegisteredClientRepository clients, PasswordEncoder hashes, IdentityProperties settings) {
        ServiceClients registered = new ServiceClients(clients, hashes, settings.serviceTokenLifetime());
        registered.register(settings.serviceClients());
        return registered;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(SecurityProperties security) {
        return AuthorizationServerSettings.builder().issuer(security.issuer().toString()).build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> flextimeClaims(SigningKeys keys, SecurityProperties security) {
        return context -> {
            context.getJwsHeader().keyId(keys.currentKid());
            context.getClaims().audience(List.of(security.audience()));
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                Object role = context.getRegisteredClient().getClientSettings().getSetting(ROLE_SETTING);
                context.getClaims().claim("roles", List.of(role == null ? Role.VIEWER.claim() : role.toString()));
            } else {
                List<String> roles = context.getPrincipal().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5).toLowerCase(java.util.Locale.ROOT)).toList();
                context.getClaims().claim("roles", roles);
            }
        };
    }
}
