package org.flextime.scheduler.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.Team;

/**
 * A schedule as an RFC 5545 calendar (ical4j): one VEVENT per game. Its UID is the schedule and game id, so the same
 * game keeps its UID in every export (the conference's calendar and each team's), and a calendar application that
 * imports a later export updates the event instead of adding a second one. A game is timed in its venue's time zone
 * (the home school's: Arizona's has no daylight saving time), at its own start time when it has one (confirmed), else
 * at its sport's usual start ({@link GameTimes}, tentative); each zone used gets its VTIMEZONE. A game whose home team the season does not know (an imported RobinX
 * instance: abstract teams and slots) is an all-day event, since it has no place and so no time zone.
 */
public final class CalendarExport {

    private static final String PRODID = "-//FlexTime//Schedule export//EN";

    /** The calendar of the document's games; {@code title} names it (X-WR-CALNAME). */
    public byte[] write(ScheduleDocument schedule, String title) {
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", title));
        TreeSet<String> used = new TreeSet<>();
        GameTimes.Slot slot = GameTimes.of(schedule.sport());
        for (Game game : schedule.games()) {
            Optional<Team> home = schedule.school(game.home());
            VEvent event = new VEvent(false);
            event.add(new DtStamp(schedule.updatedAt()));
            event.add(new Uid(uid(schedule.scheduleId(), game.id())));
            // same UID, higher SEQUENCE: a calendar that imported the game before updates it instead of adding a copy
            event.add(new Sequence(schedule.revision(game.id())));
            if (home.isPresent()) {
                ZoneId zone = home.get().timeZone();
                used.add(zone.getId());
                ZonedDateTime start = ZonedDateTime.of(game.date(), game.start() != null ? game.start() : slot.start(), zone);
                event.add(new DtStart<>(start));
                event.add(new DtEnd<>(start.plus(slot.length())));
                event.add(new Description(schedule.sportName() + ", " + schedule.season() + (game.start() != null
                        ? ". Starts at " + GameStarts.text(game.start()) + " local time."
                        : ". Start time to be announced: shown at a usual " + slot.start() + " local start.")));
            } else {
                event.add(new DtStart<>(game.date()));
                event.add(new DtEnd<>(game.date().plusDays(1)));
                event.add(new Description(schedule.sportName() + ", " + schedule.season() + ", day " + game.date()));
            }
            event.add(new Summary(schedule.name(game.away()) + " at " + schedule.name(game.home()) + " (" + schedule.sport() + ")"));
            String venue = game.venue() == null ? "" : game.venue();
            String place = home.map(t -> t.city() + ", " + t.state()).orElse("");
            if (!venue.isBlank() || !place.isBlank()) {
                event.add(new Location(venue.isBlank() ? place : place.isBlank() ? venue : venue + ", " + place));
            }
            event.add(home.isPresent() && game.start() != null ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_TENTATIVE);
            calendar.add(event);
        }
        for (String zone : used) {
            calendar.add(zones.getTimeZone(zone).getVTimeZone());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The UID of a game: the same in every export of the schedule. */
    public static String uid(String scheduleId, String gameId) {
        return scheduleId + "-" + gameId + "@flextime";
    }
}
