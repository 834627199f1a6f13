package org.flextime.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * A missing or bad token answers 401, too small a role 403, both as RFC 9457 problem details with the
 * {@code WWW-Authenticate} challenge RFC 6750 defines (the Bearer handlers set status and header; this adds the body).
 */
final class AuthProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String TYPES = "https://flextime.org/problems/";
    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();
    private final ObjectMapper json;

    AuthProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        challenge.commence(request, response, e);
        boolean hasToken = request.getHeader("Authorization") != null;
        // the reason a token was refused (expired, wrong audience, bad signature) helps its owner and tells an attacker nothing new
        String detail = hasToken ? "the bearer token was refused: " + e.getMessage()
                : "this route needs a bearer token (Authorization: Bearer ...) from the FlexTime issuer";
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail, Optional.empty());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        denial.handle(request, response, e);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Role> needed = AccessRules.required(request.getMethod(), path);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String has = caller == null ? "none" : RouteAccess.highest(caller).map(Role::claim).orElse("none");
        String detail = needed.map(r -> request.getMethod() + " " + path + " needs the role '" + r.claim() + "'; the token grants '" + has + "'")
                .orElse(request.getMethod() + " " + path + " has no access rule, so nobody may call it");
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, needed);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String title,
                       String detail, Optional<Role> needed) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPES + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        needed.ifPresent(r -> problem.put("role", r.claim()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
