package org.flextime.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the caller's, or a new one) and a W3C trace context (the
 * caller's {@code traceparent}, or a new trace), in the logs, the response and the events it causes.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    /** The header carrying the correlation id across services. */
    public static final String HEADER = "X-Correlation-Id";
    /** The W3C trace context header. */
    public static final String TRACEPARENT = "traceparent";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern TRACE = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    /** The MDC key naming the service a log line comes from (several share one JVM in the embedded topology). */
    public static final String SERVICE = "serviceName";
    private final java.security.SecureRandom random = new java.security.SecureRandom();
    private final String service;

    /** A filter for the named service: its requests' log lines carry that name. */
    public CorrelationIdFilter(String service) {
        this.service = service;
    }

    private String newTrace() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    private String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return java.util.HexFormat.of().formatHex(value);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        String incoming = request.getHeader(TRACEPARENT);
        String traceparent = incoming != null && TRACE.matcher(incoming).matches() ? incoming : newTrace();
        String outerService = MDC.get(SERVICE);
        MDC.put(SERVICE, service);
        MDC.put("correlationId", id);
        MDC.put(TRACEPARENT, traceparent);
        MDC.put("traceId", traceparent.substring(3, 35));
        response.setHeader(HEADER, id);
        response.setHeader(TRACEPARENT, traceparent);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("correlationId");
            MDC.remove(TRACEPARENT);
            MDC.remove("traceId");
            if (outerService == null) {
                MDC.remove(SERVICE);
            } else {
                MDC.put(SERVICE, outerService);
            }
        }
    }
}
