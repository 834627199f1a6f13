package org.flextime.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flextime.contracts.events.EventSchemas;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.messaging.EventBroker;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.IdempotentConsumer;
import org.flextime.platform.messaging.InProcessBroker;
import org.flextime.platform.messaging.MessagingRetention;
import org.flextime.platform.messaging.Outbox;
import org.flextime.platform.messaging.OutboxDispatcher;
import org.flextime.platform.messaging.OutboxHealth;
import org.flextime.platform.messaging.OutboxPublisher;
import org.flextime.platform.messaging.redis.RedisStreamsBroker;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * What every service gets from the platform: the outbox publisher and its dispatcher, idempotent
 * consumers registered with the topology's broker, problem-detail errors, correlation ids and the
 * fault switchboard.
 */
@Configuration(proxyBeanMethods = false)
@Import(WebConfiguration.class)
public class PlatformConfiguration {

    /** Name of the bean the embedded topology registers to share one broker across services. */
    public static final String SHARED_BROKER = "flextimeSharedBroker";

    @Bean
    EventSchemas eventSchemas(ObjectMapper json) {
        return new EventSchemas(json);
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, ObjectMapper json) {
        return new Outbox(jdbc, json);
    }

    @Bean
    @Primary
    EventBroker eventBroker(ConfigurableListableBeanFactory beans, Environment env, ObjectProvider<StringRedisTemplate> redis,
                            ObjectMapper json, @Value("${flextime.service.name}") String service) {
        if ("redis".equals(env.getProperty("flextime.bus", "inprocess"))) {
            return new RedisStreamsBroker(redis.getObject(), json, env.getProperty("flextime.bus.stream", "flextime:events"),
                    service + "-" + java.util.UUID.randomUUID().toString().substring(0, 8), Duration.ofSeconds(1),
                    env.getProperty("flextime.bus.retry-after", Duration.class, Duration.ofSeconds(5)),
                    env.getProperty("flextime.bus.consumer-expiry", Duration.class, Duration.ofHours(1)));
        }
        // The embedded topology hands every context the same broker; a service started alone makes its own.
        return beans.containsSingleton(SHARED_BROKER) ? (EventBroker) beans.getSingleton(SHARED_BROKER) : new InProcessBroker();
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> openStandaloneBroker(EventBroker broker, ConfigurableListableBeanFactory beans) {
        return event -> {
            if (!beans.containsSingleton(SHARED_BROKER) && broker instanceof InProcessBroker own) {
                own.open();
            }
        };
    }

    @Bean
    OutboxDispatcher outboxDispatcher(@Value("${flextime.service.name}") String service, Outbox outbox, EventBroker broker,
                                      @Value("${flextime.outbox.poll:500ms}") Duration poll,
                                      @Value("${flextime.outbox.backoff:200ms}") Duration backoff) {
        return new OutboxDispatcher(service, outbox, broker, poll, backoff);
    }

    @Bean
    MessagingRetention messagingRetention(@Value("${flextime.service.name}") String service, JdbcTemplate jdbc,
                                          @Value("${flextime.messaging.retention:7d}") Duration retention) {
        return new MessagingRetention(service, jdbc, retention, Duration.ofHours(1), 1_000);
    }

    @Bean
    OutboxHealth outboxHealthIndicator(OutboxDispatcher dispatcher) {
        return new OutboxHealth(dispatcher);
    }

    @Bean
    Gauge outboxBacklog(Outbox outbox, MeterRegistry meters) {
        return Gauge.builder("flextime.outbox.backlog", outbox, o -> {
            try {
                return o.backlog();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description("events written but not yet delivered to every consumer group").register(meters);
    }

    @Bean
    OutboxPublisher eventPublisher(Outbox outbox, EventSchemas schemas, OutboxDispatcher dispatcher) {
        return new OutboxPublisher(outbox, schemas, dispatcher::wake);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json,
                                          @Value("${flextime.consumer.max-attempts:5}") int maxAttempts, MeterRegistry meters) {
        return new IdempotentConsumer(jdbc, tx, json, maxAttempts, meters);
    }

    @Bean
    SmartInitializingSingleton registerSubscriptions(List<EventSubscriptions> subscriptions, EventBroker broker,
                                                     IdempotentConsumer consumer) {
        return () -> subscriptions.forEach(s -> s.subscriptions().forEach(sub -> broker.register(sub, consumer)));
    }

    @Bean
    FaultInjection faultInjection(Environment env) {
        Map<String, String> configured = Binder.get(env)
                .bind("flextime.faults", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        return new FaultInjection(configured);
    }
}
