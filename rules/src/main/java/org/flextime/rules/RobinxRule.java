package org.flextime.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flextime.rules.itc.Br2Evaluator;
import org.flextime.rules.itc.ConstraintCatalog;
import org.flextime.rules.itc.Timetable;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Br2;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.DistanceMatrix;
import org.flextime.rules.robinx.Fa2;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Se1;
import org.flextime.rules.robinx.Slot;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.flextime.rules.robinx.Team;
import org.flextime.domain.Game;
import org.flextime.domain.Sport;

/**
 * {@code robinx}: one RobinX / ITC2021 constraint (CA1-CA4, GA1, BR1, BR2, FA2, SE1) over a conference
 * schedule, evaluated by the ITC2021 evaluators themselves so both speak one meaning. Teams are the sport's
 * participants by code; slots are the days of the sport's window (slot 0 is its first day), named by date.
 * The deviation is exactly the ITC2021 one; the violation's penalty is deviation x weight.
 */
record RobinxRule(RuleDefinition definition, RobinxConstraint constraint, List<String> teams, LocalDate firstDay,
                  Instance instance, java.util.Map<String, Integer> index, Set<String> reads) implements Rule.ScheduleRule {

    private static final ConstraintCatalog CATALOG = ConstraintCatalog.itc2021();

    /**
     * Compiles the definition's params ({@link RobinxParams}). CA1, CA2, CA3 and BR1 deviations are per team of their
     * (first) team list and read only that team's games, and SE1's are per pair, so they become team rules that a
     * change re-evaluates for its two teams only ({@link RobinxTeamRule}); BR2 sums breaks that each team's games give,
     * so it keeps them per team ({@link TeamParts}); GA1, CA4 and FA2 read everything.
     */
    static Rule compile(RuleDefinition d, Sport sport, Params p) {
        List<String> teams = sport.participants();
        LocalDate first = sport.window().from();
        int slotCount = (int) ChronoUnit.DAYS.between(first, sport.window().to()) + 1;
        RobinxConstraint c = new RobinxParams(p, teams, first, slotCount).constraint(d);
        List<Team> robinxTeams = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            robinxTeams.add(new Team(i, teams.get(i), 0, List.of()));
        }
        List<Slot> slots = new ArrayList<>();
        for (int s = 0; s < slotCount; s++) {
            slots.add(new Slot(s, first.plusDays(s).toString(), List.of()));
        }
        Instance instance = new Instance(sport.code() + "/" + d.id(), "SC", 2, false, GameMode.NON_PHASED, robinxTeams, slots,
                DistanceMatrix.empty(), List.of(c));
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            index.putIfAbsent(teams.get(i), i);
        }
        RobinxRule whole = new RobinxRule(d, c, List.copyOf(teams), first, instance, java.util.Map.copyOf(index), reads(c, teams));
        if (c instanceof Br2 b) {
            return new Br2Parts(d, whole, b);
        }
        return RobinxTeamRule.isPerTeam(c) ? RobinxTeamRule.of(d, whole) : whole;
    }

    /**
     * A whole-schedule rule whose result is combined from one part per team, each computed from that team's games
     * alone: a re-validation recomputes the parts of the changed teams and combines, instead of re-reading the schedule.
     * {@link #evaluate} computes every part and combines, so a full and an incremental validation agree by construction.
     */
    interface TeamParts extends Rule.ScheduleRule {

        /** This team's part, from its games sorted by date, then id (of participants only). */
        Object part(String team, List<Game> teamGames);

        /** The violations, from the parts of every participant; {@code games} (in schedule order) is read only to name a violation's games. */
        void combine(java.util.Map<String, Object> parts, java.util.function.Supplier<List<Game>> games, List<Violation> out);

        @Override
        default void evaluate(List<Game> games, RuleContext context, List<Violation> out) {
            java.util.Map<String, List<Game>> byTeam = new java.util.HashMap<>();
            for (Game g : games) {
                byTeam.computeIfAbsent(g.home(), k -> new ArrayList<>()).add(g);
                byTeam.computeIfAbsent(g.away(), k -> new ArrayList<>()).add(g);
            }
            java.util.Map<String, Object> parts = new java.util.HashMap<>();
            for (String team : context.sport().participants()) {
                List<Game> own = byTeam.getOrDefault(team, List.of());
                own = own.stream().sorted(java.util.Comparator.comparing(Game::date).thenComparing(Game::id)).toList();
                parts.put(team, part(team, own));
            }
            combine(parts, () -> games, out);
        }
    }

    /** BR2 from cached per-team breaks: a move recomputes the breaks of its two teams, then only sums (text only when violated). */
    record Br2Parts(RuleDefinition definition, RobinxRule whole, Br2 constraint, Br2Evaluator.TeamBreaks breaks) implements TeamParts {

        Br2Parts(RuleDefinition definition, RobinxRule whole, Br2 constraint) {
            this(definition, whole, constraint, new Br2Evaluator.TeamBreaks(constraint, whole.instance().slotCount()));
        }

        @Override
        public Object part(String team, List<Game> teamGames) {
            Integer id = whole.index().get(team);
            if (id == null || !constraint.teams().contains(id)) {
                return List.of();
            }
            // the team's own row of the timetable: what Br2Evaluator.breaks reads, without building the other teams' rows
            return breaks.of(Timetable.venuesOf(id, whole.instance().slotCount(), whole.matches(teamGames)));
        }

        @Override
        @SuppressWarnings("unchecked")
        public void combine(java.util.Map<String, Object> parts, java.util.function.Supplier<List<Game>> games, List<Violation> out) {
            List<List<Integer>> breaks = new ArrayList<>();
            for (int team : Br2Evaluator.teams(constraint)) {
                Object part = parts.get(whole.teams().get(team));
                breaks.add(part == null ? List.of() : (List<Integer>) part);
            }
            for (org.flextime.rules.itc.Deviation d : Br2Evaluator.combine(constraint, breaks)) {
                whole.report(new org.flextime.rules.itc.Violation(constraint.family(), constraint.line(), constraint.type(), d.amount(),
                        constraint.penalty(), d.explanation()), games.get(), out);
            }
        }
    }

    /**
     * The teams whose games the constraint counts: a game between two other teams cannot change its deviations, nor
     * the games its violations name (those of named teams, all of them in this set), so a change touching none of
     * them leaves a whole-schedule family's result as it was (GA1: the teams of its meetings; CA4: teams1 and teams2;
     * FA2, BR2: its teams).
     */
    private static Set<String> reads(RobinxConstraint c, List<String> teams) {
        Set<Integer> ids = new java.util.HashSet<>();
        if (c instanceof Ga1 x) {
            x.meetings().forEach(m -> {
                ids.add(m.home());
                ids.add(m.away());
            });
        } else if (c instanceof Ca4 x) {
            ids.addAll(x.teams1());
            ids.addAll(x.teams2());
        } else if (c instanceof Fa2 x) {
            ids.addAll(x.teams());
        } else if (c instanceof Br2 x) {
            ids.addAll(x.teams());
        } else {
            // the per-team families are re-evaluated per team anyway; for them "reads" means every team
            for (int i = 0; i < teams.size(); i++) {
                ids.add(i);
            }
        }
        Set<String> codes = new java.util.HashSet<>();
        ids.forEach(i -> codes.add(teams.get(i)));
        return Set.copyOf(codes);
    }

    @Override
    public void evaluate(List<Game> games, RuleContext ctx, List<Violation> out) {
        run(List.of(constraint), games, out);
    }

    /** Evaluates constraints of this rule's family (the whole one, or ones restricted to a team) on one timetable of the games. */
    void run(List<RobinxConstraint> targets, List<Game> games, List<Violation> out) {
        Timetable timetable = timetable(games);
        for (RobinxConstraint target : targets) {
            for (org.flextime.rules.itc.Violation v : CATALOG.evaluate(target, timetable)) {
                report(v, games, out);
            }
        }
    }

    /** The RobinX timetable of the games (those inside the window: RobinX slots cannot hold the others). */
    Timetable timetable(List<Game> games) {
        return TIMETABLES.get().computeIfAbsent(new TimetableKey(teams, firstDay, instance.slotCount(), List.copyOf(games)),
                k -> Timetable.of(instance, new Solution(SolutionMetaData.forInstance(instance.name()), matches(games))));
    }

    /** The games inside the window as RobinX matches. */
    List<ScheduledMatch> matches(List<Game> games) {
        List<ScheduledMatch> matches = new ArrayList<>(games.size());
        for (Game g : games) {
            int slot = (int) ChronoUnit.DAYS.between(firstDay, g.date());
            // games outside the window are the window rule's to report; RobinX slots cannot hold them
            if (slot >= 0 && slot < instance.slotCount()) {
                matches.add(new ScheduledMatch(id(g.home()), id(g.away()), slot));
            }
        }
        return matches;
    }

    private int id(String team) {
        Integer id = index.get(team);
        return id == null ? -1 : id;
    }

    /** What a timetable depends on: the teams, the window and the games (not the constraint). */
    private record TimetableKey(List<String> teams, LocalDate firstDay, int slotCount, List<Game> games) {
    }

    /**
     * The last few timetables built on this thread. The per-team RobinX rules of a set (CA1, CA3, SE1, ...) all ask
     * for the timetable of the same team's games during one re-validation; they share one instead of building one each.
     * Timetables are immutable and the key holds a copy of the games, so an entry can never go stale.
     */
    private static final ThreadLocal<java.util.Map<TimetableKey, Timetable>> TIMETABLES = ThreadLocal.withInitial(
            () -> new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<TimetableKey, Timetable> eldest) {
                    return size() > 8;
                }
            });

    /** Adds the catalog violation of an ITC2021 one: explanation in team codes and dates, the games it is about. */
    void report(org.flextime.rules.itc.Violation v, List<Game> games, List<Violation> out) {
        Set<String> named = new LinkedHashSet<>();
        String explanation = constraint.family() + ": " + new RobinxExplanation(teams, firstDay).words(v.explanation(), named);
        // SE1 is about the meetings of a pair; the other families about the named teams' games in their slots
        boolean pair = constraint instanceof Se1;
        List<String> ids = games.stream()
                .filter(g -> pair ? named.contains(g.home()) && named.contains(g.away()) : named.contains(g.home()) || named.contains(g.away()))
                .filter(this::inSlots).map(Game::id).toList();
        out.add(violation(v.deviation(), explanation, ids, List.copyOf(named)));
    }

    private boolean inSlots(Game g) {
        List<Integer> slots = null;
        if (constraint instanceof Ca1 c) {
            slots = c.slots();
        } else if (constraint instanceof Ca2 c) {
            slots = c.slots();
        } else if (constraint instanceof Ca4 c) {
            slots = c.slots();
        } else if (constraint instanceof Ga1 c) {
            slots = c.slots();
        } else if (constraint instanceof Br1 c) {
            slots = c.slots();
        } else if (constraint instanceof Br2 c) {
            slots = c.slots();
        } else if (constraint instanceof Fa2 c) {
            slots = c.slots();
        }
        return slots == null || slots.contains((int) ChronoUnit.DAYS.between(firstDay, g.date()));
    }
}
