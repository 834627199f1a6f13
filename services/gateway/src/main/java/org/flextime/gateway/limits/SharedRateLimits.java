package org.flextime.gateway.limits;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * One token bucket per client and route in Redis, shared by every gateway replica: a client's allowance is the same
 * however the load balancer spreads its requests. The bucket is updated by one Lua script on Redis's own clock, so
 * replicas neither race nor need synchronised clocks; an idle bucket expires once it would be full again. While Redis
 * does not answer, requests pass (the limit protects the services; it must not take the API down with Redis).
 */
public final class SharedRateLimits implements RateLimits {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimits.class);

    // KEYS[1]: the bucket; ARGV: capacity, tokens per second. Returns 0 when a token was taken, else microseconds to wait.
    private static final RedisScript<Long> TAKE = new DefaultRedisScript<>("""
            if redis.replicate_commands then redis.replicate_commands() end
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local capacity = tonumber(ARGV[1])
            local perMicro = tonumber(ARGV[2]) / 1000000
            local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(bucket[1]) or capacity
            local at = tonumber(bucket[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - at) * perMicro)
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
            else
              wait = math.ceil((1 - tokens) / perMicro)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / perMicro / 1000) + 1000)
            return wait
            """, Long.class);

    private final StringRedisTemplate redis;
    private final String prefix;
    private final double capacity;
    private final double refillPerSecond;
    private final AtomicBoolean unreachable = new AtomicBoolean();

    /** Buckets of {@code capacity} tokens gaining {@code refillPerSecond} a second, under the keys {@code prefix...}. */
    public SharedRateLimits(StringRedisTemplate redis, String prefix, double capacity, double refillPerSecond) {
        this.redis = redis;
        this.prefix = prefix;
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
    }

    @Override
    public Optional<Duration> take(String client, String route) {
        Long waitMicros;
        try {
            waitMicros = redis.execute(TAKE, List.of(prefix + client + " " + route), Double.toString(capacity), Double.toString(refillPerSecond));
        } catch (DataAccessException e) {
            if (unreachable.compareAndSet(false, true)) {
                log.warn("rate limits: Redis does not answer ({}); requests pass unlimited until it does", e.getMessage());
            }
            return Optional.empty();
        }
        if (unreachable.compareAndSet(true, false)) {
            log.info("rate limits: Redis answers again; limits apply");
        }
        return waitMicros == null || waitMicros == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(waitMicros * 1000));
    }
}
