package org.flextime.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The gateway is healthy only when every service behind it is: what a launcher or probe waits for. */
@Component
class DownstreamHealth implements HealthIndicator {

    private final Routes routes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    DownstreamHealth(Routes routes) {
        this.routes = routes;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (Map.Entry<String, String> route : routes.getRoutes().entrySet()) {
            String status = probe(route.getValue());
            health.withDetail(route.getKey(), status);
            if (!status.equals("UP")) {
                health.down();
            }
        }
        return health.build();
    }

    private String probe(String base) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? "UP" : "DOWN (" + response.statusCode() + ")";
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "DOWN (" + e.getClass().getSimpleName() + ")";
        }
    }
}
