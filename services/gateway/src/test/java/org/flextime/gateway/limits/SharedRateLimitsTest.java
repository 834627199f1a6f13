package org.flextime.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Token buckets in a real Redis, shared by gateway replicas (each replica its own connection). */
class SharedRateLimitsTest {

    private final String prefix = "flextime:test:rate-limit:" + UUID.randomUUID() + ":";
    private final List<LettuceConnectionFactory> connections = new ArrayList<>();

    @AfterEach
    void close() {
        connections.forEach(LettuceConnectionFactory::destroy);
    }

    private StringRedisTemplate connect(String host, int port) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port));
        factory.afterPropertiesSet();
        factory.start();
        connections.add(factory);
        return new StringRedisTemplate(factory);
    }

    private StringRedisTemplate redis() {
        String url = System.getenv("FLEXTIME_REDIS_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("FLEXTIME_REDIS_URL is not set: these tests need a real Redis (./flextime test provisions one)");
        }
        URI uri = URI.create(url);
        return connect(uri.getHost(), uri.getPort());
    }

    /** A replica's view of the buckets: its own connection to the one Redis. */
    private SharedRateLimits replica(double capacity, double refillPerSecond) {
        return new SharedRateLimits(redis(), prefix, capacity, refillPerSecond);
    }

    @Test
    void twoReplicasDrawOnOneBucket() {
        SharedRateLimits first = replica(3, 0.01);
        SharedRateLimits second = replica(3, 0.01);
        assertThat(first.take("ann", "GET /a")).isEmpty();
        assertThat(second.take("ann", "GET /a")).isEmpty();
        assertThat(first.take("ann", "GET /a")).isEmpty();
        // a token every 100 s: the fourth request waits (almost) that long, whichever replica it reaches
        assertThat(second.take("ann", "GET /a")).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(99), Duration.ofSeconds(100)));
        assertThat(first.take("ann", "GET /a")).isPresent();
    }

    @Test
    void eachClientAndEachRouteHasItsOwnBucket() {
        SharedRateLimits limits = replica(1, 0.01);
        assertThat(limits.take("ann", "GET /a")).isEmpty();
        assertThat(limits.take("ann", "GET /a")).isPresent();
        assertThat(limits.take("bob", "GET /a")).isEmpty();
        assertThat(limits.take("ann", "POST /a")).isEmpty();
    }

    @Test
    void tokensComeBackWithRedisTime() throws InterruptedException {
        SharedRateLimits limits = replica(1, 20);
        assertThat(limits.take("ann", "GET /a")).isEmpty();
        // twenty a second: the next token is at most 50 ms away
        assertThat(limits.take("ann", "GET /a")).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMillis(1), Duration.ofMillis(50)));
        Thread.sleep(60);
        assertThat(limits.take("ann", "GET /a")).isEmpty();
    }

    @Test
    void anIdleBucketExpiresOnceItWouldBeFullAgain() {
        StringRedisTemplate redis = redis();
        new SharedRateLimits(redis, prefix, 3, 0.01).take("ann", "GET /a");
        // three tokens at one per 100 s: full after 300 s, kept 1 s longer
        assertThat(redis.getExpire(prefix + "ann GET /a", java.util.concurrent.TimeUnit.MILLISECONDS)).isBetween(299_000L, 301_000L);
    }

    @Test
    void whileRedisDoesNotAnswerRequestsPass() {
        SharedRateLimits limits = new SharedRateLimits(connect("127.0.0.1", TestPorts.free()), prefix, 1, 0.01);
        assertThat(limits.take("ann", "GET /a")).isEmpty();
        assertThat(limits.take("ann", "GET /a")).isEmpty();
    }
}
