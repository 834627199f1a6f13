package org.flextime.rules;

import static org.flextime.rules.RuleContext.label;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flextime.domain.Game;

/** The rules about venues: when one is unavailable, and how long a shared one needs between events. */
final class VenueRules {

    private VenueRules() {
    }

    /** A venue closed from one date to another (inclusive). */
    record Closure(String venue, LocalDate from, LocalDate to, String reason) {
        boolean closes(String name, LocalDate date) {
            return venue.equals(name) && !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** {@code venue-availability}: 1 per game at a venue on a date it is closed. */
    record VenueAvailability(RuleDefinition definition, List<Closure> closures) implements Rule.GameRule {
        @Override
        public void evaluate(Game g, RuleContext ctx, List<Violation> out) {
            for (Closure c : closures) {
                if (g.venue() != null && c.closes(g.venue(), g.date())) {
                    out.add(violation(1, label(g) + " on " + g.date() + " is at " + g.venue() + ", unavailable " + c.from()
                            + " to " + c.to() + ": " + c.reason(), List.of(g.id()), List.of(g.home(), g.away())));
                }
            }
        }
    }

    /** Another booking of a venue, e.g. a women's game in the same arena. */
    record Booking(String venue, LocalDateTime start, LocalDateTime end, String label) {
    }

    /**
     * {@code venue-turnaround}: at a venue, at least {@code minHours} between the end of one event and the start
     * of the next, where a game starts at its own start time on its date ({@code gameStartHour} when it has none) and
     * lasts {@code gameHours}. Per pair of events involving a game, penalty = hours missing (rounded up).
     */
    record VenueTurnaround(RuleDefinition definition, int minHours, int gameStartHour, int gameHours, List<Booking> bookings)
            implements Rule.VenueRule {

        private record Slot(LocalDateTime start, LocalDateTime end, String label, Game game) {
        }

        @Override
        public void evaluate(String venue, List<Game> games, RuleContext ctx, List<Violation> out) {
            List<Slot> slots = new ArrayList<>();
            for (Game g : games) {
                LocalDateTime start = g.date().atTime(g.start() != null ? g.start() : LocalTime.of(gameStartHour, 0));
                slots.add(new Slot(start, start.plusHours(gameHours), label(g), g));
            }
            for (Booking b : bookings) {
                if (b.venue().equals(venue)) {
                    slots.add(new Slot(b.start(), b.end(), b.label(), null));
                }
            }
            slots.sort(Comparator.comparing(Slot::start).thenComparing(Slot::label));
            for (int i = 1; i < slots.size(); i++) {
                Slot a = slots.get(i - 1);
                Slot b = slots.get(i);
                if (a.game() == null && b.game() == null) {
                    continue;
                }
                long gapMinutes = Duration.between(a.end(), b.start()).toMinutes();
                long missingMinutes = minHours * 60L - gapMinutes;
                if (missingMinutes <= 0) {
                    continue;
                }
                int missingHours = (int) ((missingMinutes + 59) / 60);
                List<String> ids = new ArrayList<>();
                List<String> teams = new ArrayList<>();
                for (Slot s : List.of(a, b)) {
                    if (s.game() != null) {
                        ids.add(s.game().id());
                        teams.add(s.game().home());
                    }
                }
                out.add(violation(missingHours, venue + " has " + hours(gapMinutes) + " between " + a.label() + " (ends "
                        + a.end() + ") and " + b.label() + " (starts " + b.start() + "), at least " + minHours
                        + " hours required", ids, teams.stream().distinct().toList()));
            }
        }

        private static String hours(long minutes) {
            return minutes % 60 == 0 ? minutes / 60 + " hours" : String.format(java.util.Locale.ROOT, "%.1f hours", minutes / 60.0);
        }
    }
}
