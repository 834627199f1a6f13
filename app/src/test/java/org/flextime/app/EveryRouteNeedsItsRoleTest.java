package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flextime.gateway.GatewayApplication;
import org.flextime.identity.keys.SigningKeys;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.security.AccessRules;
import org.flextime.platform.security.Role;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Walks every {@code /api/v1} route in every service's OpenAPI document, through the gateway and straight at the
 * service's own port: no token, an expired, a forged and a wrong-audience token are 401; a role below the route's is
 * 403; the route's role gets past security (2xx or the route's own 4xx). A route without a rule fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class EveryRouteNeedsItsRoleTest {

    private EmbeddedTopology topology;
    private JwtEncoder encoder;
    private JwtEncoder forger;
    private String kid;

    /** A route from an OpenAPI document: its method, its path template, the service that documents it. */
    record Route(String service, String method, String template) {
        String path() {
            return template.replaceAll("\\{[^}]+}", "x1");
        }
    }

    @BeforeAll
    void start() throws JOSEException {
        topology = EmbeddedTopology.start(new TopologySettings(TestDatabases.freshH2(), "sa", "",
                TestPorts.freeBlock(EmbeddedTopology.SERVICES.size())), Map.of());
        encoder = topology.context("identity").getBean(JwtEncoder.class);
        kid = topology.context("identity").getBean(SigningKeys.class).currentKid();
        // the same key id as the issuer's, signed with a key nobody published
        forger = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(new RSAKeyGenerator(2048).keyID(kid).generate())));
    }

    @AfterAll
    void stop() {
        if (topology != null) {
            topology.close();
        }
    }

    private String token(JwtEncoder with, List<String> roles, String audience, Instant expiry) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(topology.url("identity")).subject("walker").audience(List.of(audience))
                .issuedAt(expiry.minus(Duration.ofHours(1))).expiresAt(expiry).claim("roles", roles).build();
        // a route walked as admin may rotate the issuer's key: sign with the key that signs now
        String keyId = with == forger ? kid : topology.context("identity").getBean(SigningKeys.class).currentKid();
        return with.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build(), claims)).getTokenValue();
    }

    private String valid(List<String> roles) {
        return token(encoder, roles, "flextime", Instant.now().plus(Duration.ofMinutes(5)));
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (ServiceDefinition service : EmbeddedTopology.SERVICES) {
            if (service == GatewayApplication.SERVICE) {
                continue;
            }
            JsonNode paths = new Api(topology.url(service.name())).get("/v3/api-docs").body().get("paths");
            for (String path : paths.propertyNames()) {
                if (path.startsWith("/api/v1/")) {
                    for (String method : paths.get(path).propertyNames()) {
                        routes.add(new Route(service.name(), method.toUpperCase(), path));
                    }
                }
            }
        }
        return routes;
    }

    private static Api.Reply call(Api api, Route route) {
        return switch (route.method()) {
            case "GET" -> api.get(route.path());
            case "DELETE" -> api.delete(route.path());
            case "POST" -> api.post(route.path(), "{}");
            case "PATCH" -> api.patch(route.path(), "{}");
            default -> throw new AssertionError("a method the walker does not know: " + route);
        };
    }

    @Test
    void everyDocumentedRouteHasARuleInTheOneTable() {
        List<Route> routes = routes();
        assertThat(routes).as("the OpenAPI documents list the services' routes").hasSizeGreaterThan(50);
        List<Route> withoutRule = routes.stream().filter(r -> AccessRules.required(r.method(), r.path()).isEmpty()).toList();
        assertThat(withoutRule).as("routes with no rule in AccessRules (nobody may call them)").isEmpty();
    }

    @Test
    void everyRouteRefusesBadTokensAndTooSmallRolesAndLetsItsRolePass(CapturedOutput output) throws Exception {
        String expired = token(encoder, List.of("admin"), "flextime", Instant.now().minus(Duration.ofMinutes(5)));
        String forged = token(forger, List.of("admin"), "flextime", Instant.now().plus(Duration.ofMinutes(5)));
        String otherAudience = token(encoder, List.of("admin"), "somebody-else", Instant.now().plus(Duration.ofMinutes(5)));
        Map<String, String> failures = new LinkedHashMap<>();
        for (Route route : routes()) {
            Optional<Role> needed = AccessRules.required(route.method(), route.path());
            if (needed.isEmpty()) {
                continue;
            }
            for (String base : List.of(topology.url(), topology.url(route.service()))) {
                String where = route.method() + " " + base + route.path();
                Api anonymous = new Api(base);
                expect(failures, where + " without a token", call(anonymous, route), 401);
                expect(failures, where + " expired", call(anonymous.as(expired), route), 401);
                expect(failures, where + " forged", call(anonymous.as(forged), route), 401);
                expect(failures, where + " wrong audience", call(anonymous.as(otherAudience), route), 401);
                List<String> smaller = needed.get() == Role.VIEWER ? List.of() : List.of(Role.values()[needed.get().ordinal() - 1].claim());
                expect(failures, where + " as " + smaller, call(anonymous.as(valid(smaller)), route), 403);
                Api.Reply allowed = call(anonymous.as(valid(List.of(needed.get().claim()))), route);
                if (allowed.status() == 401 || allowed.status() == 403 || allowed.status() >= 500) {
                    failures.put(where + " as " + needed.get().claim(), allowed.status() + " " + allowed.raw().body());
                }
            }
        }
        assertThat(failures).isEmpty();
        // hundreds of tokens, good and bad, and none of them (nor the admin's password) in the log
        String password = Files.readString(Path.of(topology.settings().dataDir(), "admin.password")).trim();
        assertThat(output.getAll()).doesNotContain(password).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.eyJ");
    }

    @Test
    void healthIsOpenWithDetailsForAdminsOnlyAndTheOtherActuatorEndpointsNeedAdminOnEveryPort() {
        Map<String, String> failures = new LinkedHashMap<>();
        for (ServiceDefinition service : EmbeddedTopology.SERVICES) {
            Api anonymous = new Api(topology.url(service.name()));
            String where = service.name() + " ";
            Api.Reply health = anonymous.get("/actuator/health");
            if (health.status() != 200) {
                failures.put(where + "/actuator/health", "not open");
            } else if (!health.raw().body().contains("\"components\"") || health.raw().body().contains("\"details\"")) {
                failures.put(where + "/actuator/health", "anonymous should see components, not details: " + health.raw().body());
            }
            String asViewer = anonymous.as(valid(List.of("viewer"))).get("/actuator/health").raw().body();
            if (asViewer.contains("\"details\"")) {
                failures.put(where + "/actuator/health as viewer", "shows details: " + asViewer);
            }
            String adminHealth = anonymous.as(valid(List.of("admin"))).get("/actuator/health").raw().body();
            if (!adminHealth.contains("\"details\"")) {
                failures.put(where + "/actuator/health as admin", "no details: " + adminHealth);
            }
            for (String endpoint : List.of("/actuator/prometheus", "/actuator/metrics")) {
                expect(failures, where + endpoint + " without a token", anonymous.get(endpoint), 401);
                expect(failures, where + endpoint + " as scheduler", anonymous.as(valid(List.of("scheduler"))).get(endpoint), 403);
                int asAdmin = anonymous.as(valid(List.of("admin"))).get(endpoint).status();
                if (asAdmin != 200) {
                    failures.put(where + endpoint + " as admin", Integer.toString(asAdmin));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void expect(Map<String, String> failures, String what, Api.Reply reply, int status) {
        if (reply.status() != status) {
            failures.put(what, reply.status() + " (expected " + status + ") " + reply.raw().body());
        } else if (reply.header("WWW-Authenticate") == null || !reply.header("WWW-Authenticate").startsWith("Bearer")) {
            failures.put(what, "no Bearer challenge");
        } else if (!String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json")) {
            failures.put(what, "not a problem detail: " + reply.header("Content-Type"));
        }
    }
}
