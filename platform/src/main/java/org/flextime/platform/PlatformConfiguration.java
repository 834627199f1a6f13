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
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties(PlatformProperties.class)
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
    EventBroker eventBroker(ConfigurableListableBeanFactory beans, ObjectProvider<StringRedisTemplate> redis,
                            ObjectMapper json, PlatformProperties settings) {
        PlatformProperties.Bus bus = settings.bus();
        if (bus.redis()) {
            return new RedisStreamsBroker(redis.getObject(), json, bus.stream(),
                    settings.service().name() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8), Duration.ofSeconds(1),
                    bus.retryAfter(), bus.consumerExpiry());
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
    OutboxDispatcher outboxDispatcher(PlatformProperties settings, Outbox outbox, EventBroker broker) {
        return new OutboxDispatcher(settings.service().name(), outbox, broker, settings.outbox().poll(), settings.outbox().backoff());
    }

    @Bean
    MessagingRetention messagingRetention(PlatformProperties settings, JdbcTemplate jdbc) {
        return new MessagingRetention(settings.service().name(), jdbc, settings.messaging().retention(), Duration.ofHours(1), 1_000);
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
    IdempotentConsumer idempotentConsumer(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json, PlatformProperties settings,
                                          MeterRegistry meters) {
        return new IdempotentConsumer(jdbc, tx, json, settings.consumer().maxAttempts(), meters);
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
