package org.flextime.platform.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Decides an {@code /api/v1} call by {@link AccessRules}: the caller's highest role must include the route's. */
final class RouteAccess implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        String path = context.getRequest().getRequestURI().substring(context.getRequest().getContextPath().length());
        Optional<Role> needed = AccessRules.required(context.getRequest().getMethod(), path);
        return new AuthorizationDecision(needed.isPresent() && highest(caller).map(r -> r.includes(needed.get())).orElse(false));
    }

    /** The highest role among the caller's authorities. */
    static Optional<Role> highest(Authentication caller) {
        Optional<Role> best = Optional.empty();
        for (GrantedAuthority authority : caller.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                Optional<Role> role = Role.fromClaim(name.substring(5));
                if (role.isPresent() && (best.isEmpty() || role.get().includes(best.get()))) {
                    best = role;
                }
            }
        }
        return best;
    }
}
