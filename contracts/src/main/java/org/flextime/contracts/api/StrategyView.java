package org.flextime.contracts.api;

/** {@code GET /api/v1/conflicts/strategies/{name}}: a resolution strategy, where it came from and whether it is used. */
public record StrategyView(String name, String description, String origin, boolean enabled) {
}
