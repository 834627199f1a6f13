package org.flextime.scheduler.problems;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flextime.domain.Format;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sport played by some of its teams only (a division, a pod): the same sport, window, rivalries and rules, with
 * those participants and a format they can hold. A subset meets every other team of the subset as often as the
 * sport's games per team allow: twice each while the games last (a double round robin when they allow it), else
 * once; a series sport keeps its series per team up to one per opponent.
 */
public record TeamSubset(Sport sport) {

    /** A request's subset is not usable; {@code index} is the position of the offending team (-1: the list as a whole). */
    public static final class Invalid extends IllegalArgumentException {
        private final int index;

        Invalid(int index, String message) {
            super(message);
            this.index = index;
        }

        /** The position of the offending team in the request, or -1 for the list as a whole. */
        public int index() {
            return index;
        }
    }

    /** The sport for these team codes; throws {@link Invalid} for an unknown or repeated team or a subset too small. */
    public static TeamSubset of(Season season, Sport sport, List<String> teams) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < teams.size(); i++) {
            String code = teams.get(i);
            if (code == null || !sport.hasParticipant(code)) {
                throw new Invalid(i, "team '" + code + "' does not play " + sport.code() + " in season " + season.id()
                        + "; its teams: " + String.join(", ", sport.participants()));
            }
            if (!seen.add(code)) {
                throw new Invalid(i, "team '" + code + "' is listed twice");
            }
        }
        if (teams.size() < 2) {
            throw new Invalid(-1, "a schedule needs at least two teams, got " + teams.size());
        }
        List<String> ordered = new ArrayList<>(sport.participants());
        ordered.retainAll(seen);
        Format format = formatFor(sport.format(), ordered.size());
        return new TeamSubset(new Sport(sport.code(), sport.name(), ordered, format, sport.window(), sport.championship(),
                sport.protectedRivalries().stream().filter(ordered::containsAll).toList(), sport.rules(), sport.homeVenue()));
    }

    /**
     * A copy of the season document in which this sport is the subset's (its participants and format), so the services
     * that judge a schedule (validation, conflicts, travel) hold a pod to the games a pod plays, not the league's.
     */
    public JsonNode narrow(JsonNode seasonDocument) {
        ObjectNode copy = (ObjectNode) seasonDocument.deepCopy();
        for (JsonNode s : copy.path("sports")) {
            if (s.path("code").asString("").equals(sport.code())) {
                ArrayNode participants = ((ObjectNode) s).putArray("participants");
                sport.participants().forEach(participants::add);
                ((ObjectNode) s).set("format", format(copy, sport.format()));
            }
        }
        return copy;
    }

    private static ObjectNode format(ObjectNode factory, Format f) {
        ObjectNode o = factory.objectNode().put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        putIfSet(o, "gamesPerTeam", f.gamesPerTeam());
        putIfSet(o, "opponentsTwice", f.opponentsTwice());
        putIfSet(o, "opponentsOnce", f.opponentsOnce());
        f.homeGames().ifPresent(r -> o.putArray("homeGames").add(r.min()).add(r.max()));
        putIfSet(o, "weeks", f.weeks());
        if (!f.matchesPerWeek().isEmpty()) {
            ArrayNode perWeek = o.putArray("matchesPerWeek");
            f.matchesPerWeek().forEach(perWeek::add);
        }
        putIfSet(o, "windows", f.windows());
        putIfSet(o, "byesPerTeam", f.byesPerTeam());
        putIfSet(o, "seriesPerTeam", f.seriesPerTeam());
        putIfSet(o, "gamesPerSeries", f.gamesPerSeries());
        putIfSet(o, "maxHomeSeries", f.maxHomeSeries());
        return o;
    }

    private static void putIfSet(ObjectNode o, String name, int value) {
        if (value != 0) {
            o.put(name, value);
        }
    }

    /** The sport's format for {@code n} teams. */
    static Format formatFor(Format f, int n) {
        int opponents = n - 1;
        return switch (f.kind()) {
            case SERIES -> {
                int series = Math.min(f.seriesPerTeam(), opponents);
                int maxHome = f.maxHomeSeries() == 0 ? 0 : Math.max((series + 1) / 2, Math.min(f.maxHomeSeries(), series));
                yield new Format(f.kind(), f.gamesPerTeam(), 0, 0, f.homeGames(), f.weeks(), f.matchesPerWeek(), f.windows(),
                        f.byesPerTeam(), series, f.gamesPerSeries(), maxHome);
            }
            case ROUND_ROBIN -> withGames(f, Format.Kind.ROUND_ROBIN, opponents, 0, opponents);
            case PARTIAL_ROUND_ROBIN -> {
                int games = Math.min(f.gamesPerTeam(), opponents);
                yield games == f.gamesPerTeam() ? f : withGames(f, Format.Kind.PARTIAL_ROUND_ROBIN, games, 0, games);
            }
            case PARTIAL_DOUBLE_ROUND_ROBIN -> {
                if (f.opponentsTwice() + f.opponentsOnce() <= opponents) {
                    yield f;
                }
                int games = Math.min(f.gamesPerTeam(), 2 * opponents);
                if (games <= opponents) {
                    yield withGames(f, Format.Kind.PARTIAL_ROUND_ROBIN, games, 0, games);
                }
                int twice = games - opponents;
                yield withGames(f, Format.Kind.PARTIAL_DOUBLE_ROUND_ROBIN, games, twice, opponents - twice);
            }
        };
    }

    private static Format withGames(Format f, Format.Kind kind, int games, int twice, int once) {
        Optional<Format.IntRange> home = f.homeGames().map(r -> new Format.IntRange(games / 2, (games + 1) / 2));
        // per-week match counts add up to the whole sport's games; a subset's weeks hold as many as it has. Bye windows
        // (WBB: 19 windows for 18 rounds, one bye each) are counted for the whole league's rounds, not a subset's
        return new Format(kind, games, twice, once, home, f.weeks(), List.of(), 0, 0, f.seriesPerTeam(),
                f.gamesPerSeries(), f.maxHomeSeries());
    }
}
