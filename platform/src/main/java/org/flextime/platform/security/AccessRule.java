package org.flextime.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/** One line of the access table: the least role that may call {@code method} on paths matching {@code pattern}. */
public record AccessRule(HttpMethod method, String pattern, Role role) {

    /** Whether this rule governs a call. */
    public boolean governs(String callMethod, String path) {
        return method.matches(callMethod) && PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
    }
}
