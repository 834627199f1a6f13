package org.flextime.contracts.api;

import java.util.List;

/** {@code GET /api/v1/conflicts/strategies}: every resolution strategy, and the plug-ins that could not be loaded. */
public record Strategies(List<StrategyView> strategies, List<String> problems) {
}
