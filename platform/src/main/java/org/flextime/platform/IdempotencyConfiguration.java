package org.flextime.platform;

import org.flextime.platform.web.IdempotentRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/** {@code Idempotency-Key} for a service with creating POSTs; its schema has the {@code idempotent_request} table. */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration {

    @Bean
    IdempotentRequests idempotentRequests(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json) {
        return new IdempotentRequests(jdbc, tx, json);
    }
}
