package org.flextime.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flextime.rules.itc.Br2Evaluator;
import org.flextime.rules.itc.ConstraintCatalog;
import org.flextime.rules.itc.Timetable;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Br2;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.ConstraintType;
import org.flextime.rules.robinx.CountMode;
import org.flextime.rules.robinx.DistanceMatrix;
import org.flextime.rules.robinx.Fa2;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.Meeting;
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
    private static final Pattern TEAM_IDS = Pattern.compile("\\b(teams?) (\\d+(?:;\\d+)*)(?: and (\\d+))?");
    private static final Pattern SLOT_IDS = Pattern.compile("\\b(slots?) (\\d+)(?:(;|\\.\\.| and )(\\d+))?((?:;\\d+)*)");

    /**
     * Compiles the definition's params; unknown teams and dates outside the window name their JSON path. CA1, CA2,
     * CA3 and BR1 deviations are per team of their (first) team list and read only that team's games, and SE1's are
     * per pair, so they become team rules that a change re-evaluates for its two teams only; BR2 sums breaks that
     * each team's games give, so it keeps them per team ({@link TeamParts}); GA1, CA4 and FA2 read everything.
     */
    static Rule compile(RuleDefinition d, Sport sport, Params p) {
        List<String> teams = sport.participants();
        LocalDate first = sport.window().from();
        int slotCount = (int) ChronoUnit.DAYS.between(first, sport.window().to()) + 1;
        ConstraintType type = d.severity() == Severity.HARD ? ConstraintType.HARD : ConstraintType.SOFT;
        String family = p.requiredText("constraint").toUpperCase(Locale.ROOT);
        int min = p.integer("min", 0);
        int max = p.integer("max", RobinxConstraint.UNBOUNDED);
        int w = d.weight();
        RobinxConstraint c = switch (family) {
            case "CA1" -> new Ca1(teamIds(p, "teams", teams), slotIds(p, first, slotCount), min, max, mode(p, "mode", "H"), type, w, 0);
            case "CA2" -> new Ca2(teamIds(p, "teams1", teams), teamIds(p, "teams2", teams), slotIds(p, first, slotCount), min, max,
                    mode(p, "mode1", "HA"), type, w, 0);
            case "CA3" -> new Ca3(teamIds(p, "teams1", teams), teamIds(p, "teams2", teams), p.requiredInt("intp"), min, max,
                    mode(p, "mode1", "HA"), type, w, 0);
            case "CA4" -> new Ca4(teamIds(p, "teams1", teams), teamIds(p, "teams2", teams), slotIds(p, first, slotCount), min, max,
                    mode(p, "mode1", "HA"), CountMode.valueOf(p.text("mode2", "GLOBAL").toUpperCase(Locale.ROOT)), type, w, 0);
            case "GA1" -> new Ga1(meetings(p, teams), slotIds(p, first, slotCount), min, max, type, w, 0);
            case "BR1" -> new Br1(teamIds(p, "teams", teams), slotIds(p, first, slotCount), p.requiredInt("intp"),
                    Comparison.valueOf(p.text("mode1", "LEQ").toUpperCase(Locale.ROOT)), mode(p, "mode2", "HA"), type, w, 0);
            case "BR2" -> new Br2(teamIds(p, "teams", teams), slotIds(p, first, slotCount), p.requiredInt("intp"),
                    mode(p, "homeMode", "HA"), Comparison.valueOf(p.text("mode2", "LEQ").toUpperCase(Locale.ROOT)), type, w, 0);
            case "FA2" -> new Fa2(teamIds(p, "teams", teams), slotIds(p, first, slotCount), p.requiredInt("intp"),
                    mode(p, "mode", "H"), type, w, 0);
            case "SE1" -> new Se1(teamIds(p, "teams", teams), min, max, type, w, 0);
            default -> throw new RuleDefinitionException(p.path("constraint"), p.path("constraint") + ": unsupported RobinX family '"
                    + family + "' (CA1-CA4, GA1, BR1, BR2, FA2, SE1)");
        };
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
        java.util.Map<String, List<RobinxConstraint>> perTeam = new java.util.HashMap<>();
        for (int t = 0; t < teams.size(); t++) {
            List<Integer> one = List.of(t);
            List<RobinxConstraint> restricted = new ArrayList<>();
            if (c instanceof Ca1 x && x.teams().contains(t)) {
                restricted.add(new Ca1(one, x.slots(), x.min(), x.max(), x.mode(), x.type(), x.penalty(), x.line()));
            } else if (c instanceof Ca2 x && x.teams1().contains(t)) {
                restricted.add(new Ca2(one, x.teams2(), x.slots(), x.min(), x.max(), x.mode1(), x.type(), x.penalty(), x.line()));
            } else if (c instanceof Ca3 x && x.teams1().contains(t)) {
                restricted.add(new Ca3(one, x.teams2(), x.intp(), x.min(), x.max(), x.mode1(), x.type(), x.penalty(), x.line()));
            } else if (c instanceof Br1 x && x.teams().contains(t)) {
                restricted.add(new Br1(one, x.slots(), x.intp(), x.mode1(), x.mode2(), x.type(), x.penalty(), x.line()));
            } else if (c instanceof Se1 x && x.teams().contains(t)) {
                // each pair once, from its team that comes first: that team's games hold both meetings of the pair
                for (int u : x.teams().stream().distinct().sorted().toList()) {
                    if (u > t) {
                        restricted.add(new Se1(List.of(t, u), x.min(), x.max(), x.type(), x.penalty(), x.line()));
                    }
                }
            }
            if (!restricted.isEmpty()) {
                perTeam.put(teams.get(t), List.copyOf(restricted));
            }
        }
        boolean perTeamFamily = c instanceof Ca1 || c instanceof Ca2 || c instanceof Ca3 || c instanceof Br1 || c instanceof Se1;
        if (c instanceof Br2 b) {
            return new Br2Parts(d, whole, b);
        }
        return perTeamFamily ? new PerTeam(d, whole, java.util.Map.copyOf(perTeam)) : whole;
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

    /** A per-team family: the constraint restricted to one team (SE1: to its pairs), evaluated on that team's games only. */
    record PerTeam(RuleDefinition definition, RobinxRule whole, java.util.Map<String, List<RobinxConstraint>> byTeam)
            implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> games, RuleContext context, List<Violation> out) {
            List<RobinxConstraint> c = byTeam.get(team);
            if (c != null) {
                whole.run(c, games, out);
            }
        }
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
        String explanation = constraint.family() + ": " + translate(v.explanation(), named);
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

    /** Replaces team and slot indexes in an ITC2021 explanation by team codes and dates. */
    private String translate(String text, Set<String> named) {
        Matcher m = TEAM_IDS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> codes = new ArrayList<>();
            for (String id : m.group(2).split(";")) {
                String code = teams.get(Integer.parseInt(id));
                codes.add(code);
                named.add(code);
            }
            String pair = "";
            if (m.group(3) != null) {
                // SE1 and FA2 name two teams as "teams A and B"
                String other = teams.get(Integer.parseInt(m.group(3)));
                named.add(other);
                pair = " and " + other;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + " " + String.join(", ", codes) + pair));
        }
        m.appendTail(sb);
        Matcher s = SLOT_IDS.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (s.find()) {
            StringBuilder dates = new StringBuilder(s.group(1).equals("slot") ? "day " : "days ").append(day(s.group(2)));
            if (s.group(3) != null) {
                dates.append(s.group(3).equals("..") ? " to " : s.group(3).equals(";") ? ", " : " and ").append(day(s.group(4)));
            }
            for (String rest : s.group(5).split(";")) {
                if (!rest.isEmpty()) {
                    dates.append(", ").append(day(rest));
                }
            }
            s.appendReplacement(out, Matcher.quoteReplacement(dates.toString()));
        }
        s.appendTail(out);
        return out.toString();
    }

    private String day(String slot) {
        return firstDay.plusDays(Integer.parseInt(slot)).toString();
    }

    private static HomeAwayMode mode(Params p, String name, String fallback) {
        String text = p.text(name, fallback).toUpperCase(Locale.ROOT);
        try {
            return HomeAwayMode.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new RuleDefinitionException(p.path(name), p.path(name) + " must be H, A or HA, not " + text);
        }
    }

    private static List<Integer> teamIds(Params p, String name, List<String> teams) {
        List<String> codes = p.teams(name, teams::contains);
        if (codes.isEmpty()) {
            throw new RuleDefinitionException(p.path(name), p.path(name) + " must name at least one team");
        }
        return codes.stream().map(teams::indexOf).toList();
    }

    private static List<Integer> slotIds(Params p, LocalDate first, int slotCount) {
        List<String> dates = p.texts("slots");
        if (dates.isEmpty()) {
            throw new RuleDefinitionException(p.path("slots"), p.path("slots") + " must name at least one date");
        }
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            String at = p.path("slots") + "[" + i + "]";
            LocalDate d;
            try {
                d = LocalDate.parse(dates.get(i));
            } catch (java.time.format.DateTimeParseException e) {
                throw new RuleDefinitionException(at, at + " is not a date (yyyy-mm-dd): " + dates.get(i));
            }
            long slot = ChronoUnit.DAYS.between(first, d);
            if (slot < 0 || slot >= slotCount) {
                throw new RuleDefinitionException(at, at + " names unknown slot " + d + ": the window runs " + first + " to "
                        + first.plusDays(slotCount - 1L));
            }
            ids.add((int) slot);
        }
        return ids;
    }

    private static List<Meeting> meetings(Params p, List<String> teams) {
        List<Meeting> meetings = new ArrayList<>();
        List<Params> list = p.objects("meetings");
        if (list.isEmpty()) {
            throw new RuleDefinitionException(p.path("meetings"), p.path("meetings") + " must name at least one meeting");
        }
        for (Params m : list) {
            String home = m.requiredText("home");
            String away = m.requiredText("away");
            if (!teams.contains(home)) {
                throw new RuleDefinitionException(m.path("home"), m.path("home") + " names unknown team '" + home + "'");
            }
            if (!teams.contains(away)) {
                throw new RuleDefinitionException(m.path("away"), m.path("away") + " names unknown team '" + away + "'");
            }
            meetings.add(new Meeting(teams.indexOf(home), teams.indexOf(away)));
        }
        return meetings;
    }
}
