package org.flextime.platform.security;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.ObjectMapper;

/**
 * Every HTTP process is a resource server: {@code /api/v1} calls need a JWT from the configured issuer (signature
 * from its published keys, issuer, audience, expiry with a small skew) and the role {@link AccessRules} names;
 * health probes and the OpenAPI documents stay open; the other actuator endpoints need {@code admin}. Stateless and
 * cookie-free, so CSRF does not apply; CORS is closed unless origins are configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerConfiguration {

    /** The filter chain order: after any chain a service declares for its own endpoints (the issuer's login, say). */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @Order(ORDER)
    SecurityFilterChain resourceServer(HttpSecurity http, JwtDecoder tokens, ObjectMapper json, SecurityProperties settings) throws Exception {
        AuthProblems problems = new AuthProblems(json);
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(settings.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(jwt -> roles.convert(jwt).stream()
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a.getAuthority().toUpperCase(Locale.ROOT)))
                .toList());
        http.authorizeHttpRequests(requests -> requests
                        // the gateway's fallback is a forward, and error pages render what was already decided
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/v1/**").access(new RouteAccess())
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(cors(settings)))
                .addFilterAfter(new Actor(), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    WebSecurityCustomizer encodedSlashesPassTheFirewall() {
        // as the Tomcat connector does (WebConfiguration): an id with %2F is one path segment the application looks up.
        // The connector passes %2F through undecoded, so the decoded path still holds a '%' the firewall must accept too.
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        return web -> web.httpFirewall(firewall);
    }

    private static UrlBasedCorsConfigurationSource cors(SecurityProperties settings) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = settings.corsOrigins() == null ? List.of() : settings.corsOrigins();
        if (!origins.isEmpty()) {
            CorsConfiguration allowed = new CorsConfiguration();
            allowed.setAllowedOrigins(origins);
            allowed.setAllowedMethods(List.of("GET", "POST", "PATCH", "DELETE"));
            allowed.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key"));
            allowed.setExposedHeaders(List.of("Location", "ETag", "Retry-After"));
            source.registerCorsConfiguration("/api/v1/**", allowed);
        }
        return source;
    }

    @Bean
    ServiceTokens serviceTokens(SecurityProperties settings, ObjectMapper json) {
        return new ClientCredentialsTokens(settings.issuer(), settings.client(), json);
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties settings) {
        // Discovery waits for the first token: services start before (or without) the issuer being reachable.
        return new SupplierJwtDecoder(() -> {
            if (settings.issuer() == null) {
                throw new IllegalStateException("flextime.security.issuer is not set: no token can be checked");
            }
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(settings.issuer().toString());
            decoder.setJwtValidator(validator(settings));
            return decoder;
        });
    }

    /** Expiry (with the configured skew), issuer and audience: what a token must pass besides its signature. */
    public static OAuth2TokenValidator<Jwt> validator(SecurityProperties settings) {
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
        checks.add(new JwtTimestampValidator(settings.clockSkew()));
        checks.add(new JwtIssuerValidator(settings.issuer().toString()));
        checks.add(new JwtAudienceValidator(settings.audience()));
        return new DelegatingOAuth2TokenValidator<>(checks);
    }
}
