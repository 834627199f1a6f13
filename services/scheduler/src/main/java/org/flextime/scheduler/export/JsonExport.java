package org.flextime.scheduler.export;

import java.util.List;
import org.flextime.contracts.api.GameView;
import org.flextime.domain.GameStarts;
import tools.jackson.databind.json.JsonMapper;

/** A schedule as one JSON document: the schedule's identity and its games as {@code GET .../games} shows them. */
public final class JsonExport {

    /** The document's shape. */
    record Document(String scheduleId, String season, String sport, String state, int games, List<GameView> schedule) {
    }

    private final JsonMapper json = JsonMapper.builder().build();

    /** The document's games as JSON. */
    public byte[] write(ScheduleDocument schedule) {
        List<GameView> games = schedule.games().stream()
                .map(g -> new GameView(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.text(g.start()))).toList();
        return json.writeValueAsBytes(new Document(schedule.scheduleId(), schedule.season(), schedule.sport(), schedule.state(),
                games.size(), games));
    }
}
