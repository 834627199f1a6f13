package org.flextime.gateway;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.circuitBreaker;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.flextime.gateway.limits.RateLimitFilter;
import org.flextime.gateway.limits.LocalRateLimits;
import org.flextime.gateway.limits.RateLimits;
import org.flextime.gateway.limits.SharedRateLimits;
import org.flextime.platform.WebConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.flextime.platform.web.CorrelationIdFilter;
import org.slf4j.MDC;

/** The gateway: the public {@code /api/v1} surface, routed to the services behind circuit breakers. */
@SpringBootApplication
@EnableConfigurationProperties({Routes.class, GatewayProperties.class})
@Import(WebConfiguration.class)
public class GatewayApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("gateway", null, GatewayApplication.class, ServicePorts.offset("gateway"));

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(Routes routes) {
        RouterFunction<ServerResponse> all = null;
        for (Map.Entry<String, List<String>> service : Routes.PATHS.entrySet()) {
            String target = routes.getRoutes().get(service.getKey());
            if (target == null) {
                throw new IllegalStateException("no route for service " + service.getKey() + ": set flextime.routes." + service.getKey());
            }
            RequestPredicate paths = service.getValue().stream().map(RequestPredicates::path)
                    .reduce(RequestPredicate::or).orElseThrow();
            RouterFunction<ServerResponse> route = GatewayRouterFunctions.route(service.getKey())
                    .route(paths, http())
                    .before(uri(target))
                    .before(GatewayApplication::propagateIds)
                    .filter(circuitBreaker(service.getKey(), URI.create("forward:/fallback/" + service.getKey())))
                    .build();
            all = all == null ? route : all.and(route);
        }
        return all;
    }

    /** The ids the gateway gave this request travel on to the service, so logs and events downstream share them. */
    private static ServerRequest propagateIds(ServerRequest request) {
        String correlation = MDC.get("correlationId");
        String trace = MDC.get(CorrelationIdFilter.TRACEPARENT);
        return ServerRequest.from(request).headers(headers -> {
            if (correlation != null) {
                headers.set(CorrelationIdFilter.HEADER, correlation);
            }
            if (trace != null) {
                headers.set(CorrelationIdFilter.TRACEPARENT, trace);
            }
        }).build();
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimits(GatewayProperties settings, ObjectProvider<StringRedisTemplate> redis) {
        GatewayProperties.RateLimit limit = settings.rateLimit();
        RateLimits buckets = limit.shared()
                ? new SharedRateLimits(redis.getObject(), "flextime:rate-limit:", limit.capacity(), limit.refillPerSecond())
                : new LocalRateLimits(limit.capacity(), limit.refillPerSecond(), System::nanoTime);
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(buckets));
        // after the security chain (order -100): the client is the checked token's subject
        registration.setOrder(0);
        return registration;
    }

    @Bean
    RouterFunction<ServerResponse> fallback() {
        return RouterFunctions.route().path("/fallback", b -> b.route(RequestPredicates.all(), Unavailable::answer)).build();
    }

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> breakerDefaults(GatewayProperties settings) {
        GatewayProperties.Breaker breaker = settings.breaker();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(breaker.timeout()).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom().slidingWindowSize(breaker.windowSize())
                        .minimumNumberOfCalls(breaker.minCalls()).failureRateThreshold(breaker.failureRatePercent())
                        .waitDurationInOpenState(breaker.openFor()).build())
                .build());
    }

    /** Runs the gateway alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
