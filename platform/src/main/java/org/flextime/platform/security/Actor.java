package org.flextime.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.flextime.platform.launch.ServicePorts;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who is acting: the subject of the checked token for the length of a request (or the {@code actor} of the event being
 * handled), kept in the MDC so the events the work publishes carry it.
 */
public final class Actor extends OncePerRequestFilter {

    /** The MDC key. */
    public static final String KEY = "actor";

    /** The user (or service) acting now, if one is known. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(KEY)).filter(a -> !a.isBlank());
    }

    /**
     * Who makes a change: a FlexTime service (its client id is its service name) may name the person or role it acts
     * for in an {@code X-Actor} header, who then is also the actor of the events this request publishes; anyone else
     * is who their token says, whatever header they send. Without a token (a controller tested alone) the header is
     * all there is.
     */
    public static String of(String header) {
        Optional<String> caller = current();
        boolean relayed = header != null && !header.isBlank();
        if (caller.isEmpty()) {
            return relayed ? header.strip() : null;
        }
        if (relayed && ServicePorts.OFFSETS.containsKey(caller.get())) {
            // the filter restores the caller when the request ends
            MDC.put(KEY, header.strip());
            return header.strip();
        }
        return caller.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String previous = MDC.get(KEY);
        MDC.put(KEY, caller.getName());
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        }
    }
}
