package org.flextime.gateway.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.flextime.platform.security.AccessRule;
import org.flextime.platform.security.AccessRules;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client's rate per route at the gateway: a request over the limit is a 429 problem with
 * {@code Retry-After}, before any service sees it. The client is the token's subject once the token has been checked
 * (this filter runs after the security chain), else the caller's address.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;

    /** A filter over {@code limits}. */
    public RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String route = AccessRules.rule(request.getMethod(), path).map(AccessRule::pattern).orElse(path);
        Optional<Duration> wait = limits.take(client(request), request.getMethod() + " " + route);
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://flextime.org/problems/too-many-requests\",\"title\":\"Too many requests\","
                + "\"status\":429,\"detail\":\"this client sent more requests to " + request.getMethod() + " " + route.replace("\"", "")
                + " than its limit allows; retry after " + seconds + " s\",\"instance\":\"" + path.replace("\"", "")
                + "\",\"retryAfter\":" + seconds + "}");
    }

    private static String client(HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)) {
            return "sub:" + caller.getName();
        }
        return "addr:" + request.getRemoteAddr();
    }
}
