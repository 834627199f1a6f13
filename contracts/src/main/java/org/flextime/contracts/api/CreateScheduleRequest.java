package org.flextime.contracts.api;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/schedules}: a season's sport, built from the season's current version
 * ({@code constraintSetVersion} picks a version of the sport's constraint set instead of its active one; {@code teams}
 * only these of its participants, e.g. a division or a pod; absent: all), or an imported RobinX instance
 * ({@code "instance":"robinx:NAME"}, instead of season and sport).
 */
public record CreateScheduleRequest(String sport, String season, Map<String, Object> options, Integer constraintSetVersion,
                                    List<String> teams, String instance) {

    /** A request for a season's whole sport. */
    public CreateScheduleRequest(String sport, String season, Map<String, Object> options, Integer constraintSetVersion) {
        this(sport, season, options, constraintSetVersion, null, null);
    }
}
