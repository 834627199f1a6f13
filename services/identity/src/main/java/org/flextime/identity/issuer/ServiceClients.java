package org.flextime.identity.issuer;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.flextime.platform.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The services' own OAuth clients (client credentials, role {@code scheduler}: they read each other's data and ask
 * for validations, never change rules), registered or given their current secret at start.
 */
public class ServiceClients {

    private final RegisteredClientRepository clients;
    private final PasswordEncoder hashes;
    private final Duration tokenLifetime;

    /** Registers into {@code clients}, secrets hashed with {@code hashes}, tokens lasting {@code tokenLifetime}. */
    public ServiceClients(RegisteredClientRepository clients, PasswordEncoder hashes, Duration tokenLifetime) {
        this.clients = clients;
        this.hashes = hashes;
        this.tokenLifetime = tokenLifetime;
    }

    /** Registers each service with its secret (service name to secret), replacing an older secret. */
    public void register(Map<String, String> secrets) {
        secrets.forEach((service, secret) -> {
            RegisteredClient existing = clients.findByClientId(service);
            RegisteredClient.Builder client = existing != null ? RegisteredClient.from(existing)
                    : RegisteredClient.withId(UUID.randomUUID().toString()).clientId(service).clientName("service " + service);
            clients.save(client.clientSecret(hashes.encode(secret))
                    .clientAuthenticationMethods(methods -> {
                        methods.clear();
                        methods.add(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
                    })
                    .authorizationGrantTypes(grants -> {
                        grants.clear();
                        grants.add(AuthorizationGrantType.CLIENT_CREDENTIALS);
                    })
                    .clientSettings(ClientSettings.builder().setting(AuthorizationServerConfiguration.ROLE_SETTING, Role.SCHEDULER.claim()).build())
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                    .build());
        });
    }
}
