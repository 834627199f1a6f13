package org.flextime.scheduler.export;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.flextime.domain.Game;
import org.flextime.rules.robinx.RobinxWriter;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;

/** A round-robin schedule as a RobinX {@code <Solution>}, written by the one RobinX writer ({@code rules/robinx}). */
public final class RobinxExport {

    /** The document's games as RobinX solution XML against the instance {@code teams} describes, scored when it can be. */
    public byte[] write(ScheduleDocument schedule, RobinxTeams teams) {
        List<ScheduledMatch> matches = matches(schedule, teams);
        SolutionMetaData meta = new SolutionMetaData(schedule.season() + " " + schedule.sport() + " " + schedule.scheduleId(),
                teams.instanceName(), "FlexTime", "FlexTime schedule " + schedule.scheduleId(), teams.scores().apply(matches), "");
        return new RobinxWriter().toXml(new Solution(meta, matches)).getBytes(StandardCharsets.UTF_8);
    }

    /** The games as RobinX matches: team ids by position in the codes, slots by days from the first day. */
    static List<ScheduledMatch> matches(ScheduleDocument schedule, RobinxTeams teams) {
        List<ScheduledMatch> matches = new ArrayList<>();
        for (Game g : schedule.games()) {
            matches.add(new ScheduledMatch(id(teams, g.home(), g), id(teams, g.away(), g),
                    Math.toIntExact(ChronoUnit.DAYS.between(teams.firstDay(), g.date()))));
        }
        return matches;
    }

    private static int id(RobinxTeams teams, String code, Game game) {
        int id = teams.codes().indexOf(code);
        if (id < 0) {
            throw new IllegalStateException("game " + game.id() + ": team " + code + " is not a team of " + teams.instanceName());
        }
        return id;
    }
}
