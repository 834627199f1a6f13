package org.flextime.conflicts.detection;

import java.util.List;
import java.util.Set;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.Subscription;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers {@code schedule.changed}: every new version of a schedule is checked for conflicts, judged by the season
 * version the schedule was built from.
 */
@Component
class ChangeDetection implements EventSubscriptions {

    private final Detection detection;
    private final ScheduleSeasons seasons;
    private final ObjectMapper json;

    ChangeDetection(Detection detection, ScheduleSeasons seasons, ObjectMapper json) {
        this.detection = detection;
        this.seasons = seasons;
        this.json = json;
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(new Subscription("conflicts-detection", Set.of(EventTypes.SCHEDULE_CHANGED), event -> {
            Payloads.ScheduleChanged changed = json.treeToValue(event.data(), Payloads.ScheduleChanged.class);
            List<Game> games = changed.games().stream().map(g -> new Game(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.parse(g.start()))).toList();
            ScheduleSeasons.Judged season = seasons.of(changed.scheduleId(), changed.season());
            Set<String> pinned = changed.pinnedGameIds() == null ? Set.of() : Set.copyOf(changed.pinnedGameIds());
            detection.detect(changed.scheduleId(), changed.sport(), season.season(), season.version(), changed.version(), games, pinned,
                    changed.actor(), event, true);
        }));
    }
}
