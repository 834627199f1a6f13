package org.flextime.scheduler.editing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.flextime.contracts.api.GameChange;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;

/**
 * Applies requested changes to a schedule's games, refusing (422, naming the field) any change that would leave a game
 * impossible: a team playing itself, a team that is not in the sport, a venue the season does not know, a date outside
 * the sport's window, a start time that is not "HH:mm", a pin without a reason. A possible but unwise change (a
 * blackout date, a venue booked twice) is accepted: it is a conflict, which detection reports and a resolution can fix.
 */
public final class GameEdits {

    private static final int MAX_PIN_REASON = 500;

    private final Season season;
    private final Sport sport;
    private final Set<String> venues;

    /** Edits of a schedule of this sport and season. */
    public GameEdits(Season season, Sport sport) {
        this.season = season;
        this.sport = sport;
        this.venues = knownVenues(season, sport);
    }

    /**
     * The games with every change applied, in the order given. {@code field} names change {@code i}'s fields in
     * problems ("" for a single edit, "changes[i]." for a batch); a single edit of an unknown game is a 404.
     * {@code reason} is the edit's reason, the pin's reason when the change gives none.
     */
    public List<ScheduledGame> apply(List<ScheduledGame> games, List<GameChange> changes, IntFunction<String> field,
                                     String reason) {
        if (changes == null || changes.isEmpty()) {
            throw new InvalidFieldException("changes", "at least one change is required", 422);
        }
        Map<String, ScheduledGame> byId = new LinkedHashMap<>();
        games.forEach(g -> byId.put(g.id(), g));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            GameChange change = changes.get(i);
            String prefix = field.apply(i);
            if (change == null || change.gameId() == null || change.gameId().isBlank()) {
                throw new InvalidFieldException(prefix + "gameId", "gameId is required", 422);
            }
            ScheduledGame before = byId.get(change.gameId());
            if (before == null) {
                if (prefix.isEmpty()) {
                    throw new NotFoundException("game", change.gameId());
                }
                throw new InvalidFieldException(prefix + "gameId", "no game '" + change.gameId() + "' in this schedule", 422);
            }
            if (!seen.add(change.gameId())) {
                throw new InvalidFieldException(prefix + "gameId", "game '" + change.gameId()
                        + "' is changed twice in one batch; merge its changes into one", 422);
            }
            byId.put(change.gameId(), changed(before, change, prefix, reason));
        }
        return List.copyOf(byId.values());
    }

    private ScheduledGame changed(ScheduledGame before, GameChange change, String prefix, String reason) {
        Game g = before.game();
        String home = change.home() == null ? g.home() : team(change.home(), prefix + "home");
        String away = change.away() == null ? g.away() : team(change.away(), prefix + "away");
        if (home.equals(away)) {
            throw new InvalidFieldException(prefix + (change.away() != null ? "away" : "home"),
                    "a team cannot play itself: " + home + " would be both home and away in " + g.id(), 422);
        }
        LocalDate date = change.date() == null ? g.date() : date(change.date(), prefix + "date");
        String venue = change.venue() == null ? followHome(g, home) : venue(change.venue(), prefix + "venue");
        LocalTime start = change.start() == null ? g.start() : start(change.start(), prefix + "start");
        boolean pinned = change.pinned() == null ? before.pinned() : change.pinned();
        String pinReason = before.pinReason();
        if (change.pinned() != null || change.pinReason() != null) {
            pinReason = change.pinReason() != null && !change.pinReason().isBlank() ? change.pinReason().strip() : reason;
        }
        if (pinReason != null && pinReason.length() > MAX_PIN_REASON) {
            throw new InvalidFieldException(prefix + "pinReason", "pinReason is longer than " + MAX_PIN_REASON + " characters", 422);
        }
        if (pinned && (pinReason == null || pinReason.isBlank())) {
            throw new InvalidFieldException(prefix + "pinReason", "a pinned game needs a reason (pinReason, or the edit's reason)", 422);
        }
        return new ScheduledGame(new Game(g.id(), date, home, away, venue, start), pinned, pinned ? pinReason : null);
    }

    /** A game whose host changes moves to the new host's venue, unless it was at a venue that is not the old host's. */
    private String followHome(Game g, String home) {
        if (home.equals(g.home())) {
            return g.venue();
        }
        Team oldHost = season.teams().get(g.home());
        boolean atHostsVenue = oldHost != null && sport.venueOf(oldHost).equals(g.venue());
        return atHostsVenue ? sport.venueOf(season.teams().get(home)) : g.venue();
    }

    private String team(String code, String field) {
        String t = code.strip();
        if (!sport.hasParticipant(t) || !season.teams().containsKey(t)) {
            throw new InvalidFieldException(field, "unknown team '" + code + "' in " + sport.code() + " " + season.id()
                    + "; teams: " + String.join(", ", sport.participants()), 422);
        }
        return t;
    }

    private LocalDate date(LocalDate date, String field) {
        if (!sport.window().contains(date)) {
            throw new InvalidFieldException(field, date + " is outside the " + sport.code() + " " + season.id()
                    + " season, " + sport.window().from() + " to " + sport.window().to(), 422);
        }
        return date;
    }

    /** The start an edit sets: "HH:mm", or "" (what an explicit JSON null reads as) to clear it. */
    private static LocalTime start(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return GameStarts.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage() + "; null or \"\" clears the game's start", 422);
        }
    }

    private String venue(String name, String field) {
        String v = name.strip();
        if (!venues.contains(v)) {
            throw new InvalidFieldException(field, "unknown venue '" + name + "': a venue of the season's schools ("
                    + "their arenas, stadiums or " + sport.code() + " home venues) is required", 422);
        }
        return v;
    }

    /** Every venue a game of the sport may be moved to: each participant's home venue for the sport, arena and stadium. */
    static Set<String> knownVenues(Season season, Sport sport) {
        Set<String> out = new TreeSet<>();
        for (Team t : season.participants(sport)) {
            out.add(sport.venueOf(t));
            out.add(t.arena().name());
            out.add(t.stadium().name());
        }
        return out;
    }

    /** The ids of the games that differ between two versions of the same games, in the order of {@code after}. */
    public static List<String> changedIds(List<ScheduledGame> before, List<ScheduledGame> after) {
        Map<String, ScheduledGame> old = new LinkedHashMap<>();
        before.forEach(g -> old.put(g.id(), g));
        List<String> out = new ArrayList<>();
        for (ScheduledGame g : after) {
            if (!g.equals(old.get(g.id()))) {
                out.add(g.id());
            }
        }
        return out;
    }
}
