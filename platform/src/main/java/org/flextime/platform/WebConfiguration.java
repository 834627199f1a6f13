package org.flextime.platform;

import org.flextime.platform.security.ResourceServerConfiguration;
import org.flextime.platform.web.CorrelationIdFilter;
import org.flextime.platform.web.ProblemDetailsAdvice;
import org.flextime.platform.web.RequestSizeLimit;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * What every HTTP-facing process gets: bearer-token checks with role rules, problem-detail errors, correlation ids, request size limits, and ids with an
 * encoded slash reaching the application (which answers a problem detail) instead of the container's error page.
 */
@Configuration(proxyBeanMethods = false)
@Import(ResourceServerConfiguration.class)
public class WebConfiguration {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter(@Value("${flextime.service.name:flextime}") String service) {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter(service));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit() {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheApplication() {
        // Tomcat rejects %2F with its own HTML page; passed through, the id is one path segment the application looks up.
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }
}
