package org.flextime.contracts.api;

/** The body of {@code PATCH /api/v1/conflicts/strategies/{name}}: whether proposals may use the strategy. */
public record StrategyChange(Boolean enabled) {
}
