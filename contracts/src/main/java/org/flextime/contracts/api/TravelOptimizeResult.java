package org.flextime.contracts.api;

import java.util.List;
import java.util.Map;

/**
 * What {@code POST /api/v1/schedules/{id}/travel/optimize} did: the version it optimized and the new one it made (the
 * same when nothing cheaper was found), the dollars before and after and the saving, the games it changed, the hard
 * violations of the sport's active constraint set as the constraints service counts them (never more than before) and
 * the soft penalty before and after.
 */
public record TravelOptimizeResult(String scheduleId, int fromVersion, int version, String currency, long dollarsBefore,
                                   long dollarsAfter, long saving, double savingPercent, List<GameView> changedGames,
                                   int hardViolationsBefore, int hardViolations, int softPenaltyBefore, int softPenalty,
                                   Map<String, Integer> movesAccepted, String priceSource, String priceNote) {
}
