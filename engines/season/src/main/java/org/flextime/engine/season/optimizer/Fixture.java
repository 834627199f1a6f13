package org.flextime.engine.season.optimizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.flextime.domain.Game;
import org.flextime.rules.Rule;
import org.flextime.rules.Violation;

/**
 * A meeting of two teams (a single game or a whole series): the planning entity. The solver chooses its
 * slot and whether it is played the other way round ({@code reversed}: the drafted away team hosts).
 * The pair and the number of times the pair meets never change, so the format is kept by construction.
 * A meeting read from an existing schedule keeps its games (ids, venue) while it stays where it was given, and a
 * pinned one stays there: no move of {@link SeasonMoveFactory} touches it.
 */
@PlanningEntity
public class Fixture {
    @PlanningId
    private String id;
    private String first;
    private String second;
    private int legs;
    private Map<Integer, SlotDates> datesBySlot;
    private RuleBook rules;
    private List<Game> given;
    private int givenSlot;
    private boolean pinned;
    /** The games per slot and orientation: a pure function of them, so solver clones share it. */
    private Map<Integer, Placed> placedBy;

    @PlanningVariable(valueRangeProviderRefs = "slots")
    private Slot slot;
    @PlanningVariable(valueRangeProviderRefs = "flips")
    private Boolean reversed;

    /** For the solver's cloning. */
    public Fixture() {
    }

    /**
     * A meeting drafted as {@code first} hosting {@code second}, met {@code legs} times in all; datesBySlot
     * gives where it falls in every slot it may take. Its games are named by the fixture id (with ".1", ".2"... for
     * a series) unless it was {@code given} as games of a schedule (null: drafted), which it keeps, ids and venue, as
     * long as it stays in its first slot unreversed, and whose ids it keeps wherever it moves. A {@code pinned}
     * meeting never moves.
     */
    public Fixture(String id, String first, String second, int legs, Map<Integer, SlotDates> datesBySlot,
                   RuleBook rules, Slot slot, List<Game> given, boolean pinned) {
        this.id = id;
        this.first = first;
        this.second = second;
        this.legs = legs;
        this.datesBySlot = Map.copyOf(datesBySlot);
        this.rules = rules;
        this.slot = slot;
        this.reversed = false;
        this.given = given == null ? null : List.copyOf(given);
        this.givenSlot = slot.index();
        this.pinned = pinned;
        this.placedBy = new ConcurrentHashMap<>();
    }

    /** Whether the meeting must stay where it is (Timefold's pin; the season moves check it too). */
    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    /** Whether a move may put the meeting in this slot: not pinned, and given dates there (or it is already there). */
    public boolean canTake(Slot target) {
        return target == slot || !pinned && datesBySlot.containsKey(target.index());
    }

    /** The fixture id (stable across solver clones). */
    public String getId() {
        return id;
    }

    /** The current slot. */
    public Slot getSlot() {
        return slot;
    }

    /** Puts the meeting in another slot. */
    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    /** Whether the drafted orientation is reversed. */
    public Boolean getReversed() {
        return reversed;
    }

    /** Reverses (or restores) the drafted orientation. */
    public void setReversed(Boolean reversed) {
        this.reversed = reversed;
    }

    /** The hosting team. */
    public String host() {
        return reversed ? second : first;
    }

    /** The visiting team. */
    public String guest() {
        return reversed ? first : second;
    }

    /** Times this pair meets in the season (2 for a home-and-home). */
    public int legs() {
        return legs;
    }

    /** The pair, order-independent, e.g. "BYU|UTAH". */
    public String pairKey() {
        return first.compareTo(second) < 0 ? first + "|" + second : second + "|" + first;
    }

    /** Whether the team plays in this meeting. */
    public boolean involves(String team) {
        return first.equals(team) || second.equals(team);
    }

    /** The rules of the sport this meeting belongs to. */
    public RuleBook rules() {
        return rules;
    }

    /** Where the meeting falls in its current slot. */
    public SlotDates placement() {
        SlotDates d = datesBySlot.get(slot.index());
        // a slot the meeting was never given dates for: its games on consecutive days from the slot's date, which
        // the calendar rules then judge (for a slot of rounds or series weeks, not play days)
        return d != null ? d : SlotDates.fallback(slot.date(), datesBySlot.values().iterator().next().dates().size());
    }

    /** The dates of the meeting in its current slot. */
    public List<LocalDate> dates() {
        return placement().dates();
    }

    /** The meeting's games in its current slot and orientation (cached per slot and orientation). */
    public List<Game> games() {
        return placed().games();
    }

    /** Both teams' sides of every game of the meeting. */
    public List<TeamGame> teamGames() {
        return placed().sides();
    }

    private Placed placed() {
        int key = slot.index() * 2 + (reversed ? 1 : 0);
        Placed p = placedBy.get(key);
        if (p == null) {
            List<LocalDate> dates = dates();
            List<Game> games = new ArrayList<>(dates.size());
            List<TeamGame> sides = new ArrayList<>(2 * dates.size());
            String host = host();
            boolean asGiven = given != null && !reversed && slot.index() == givenSlot && given.size() == dates.size();
            for (int k = 0; k < dates.size(); k++) {
                String gameId = given != null && k < given.size() ? given.get(k).id() : dates.size() == 1 ? id : id + "." + (k + 1);
                Game g = asGiven ? given.get(k) : new Game(gameId, dates.get(k), host, guest(),
                        given != null && !reversed ? given.get(0).venue() : rules.venue(host));
                games.add(g);
                sides.add(new TeamGame(host, g, rules));
                sides.add(new TeamGame(guest(), g, rules));
            }
            p = new Placed(List.copyOf(games), List.copyOf(sides), new ConcurrentHashMap<>());
            placedBy.put(key, p);
        }
        return p;
    }

    /** The violations of a game rule (the {@code index}-th rule of the set) in this meeting's games, remembered per placement. */
    public List<Violation> violations(int index, Rule.GameRule rule) {
        Placed p = placed();
        List<Violation> v = p.byRule().get(index);
        if (v == null) {
            List<Violation> out = new ArrayList<>(0);
            for (Game g : p.games()) {
                rule.evaluate(g, rules.context(), out);
            }
            v = List.copyOf(out);
            p.byRule().put(index, v);
        }
        return v;
    }

    /** The violations of every game rule of the set in this meeting's games, in set order, remembered per placement. */
    public List<Violation> gameViolations() {
        Placed p = placed();
        List<Violation> v = p.byRule().get(-1);
        if (v == null) {
            List<Violation> out = new ArrayList<>(0);
            List<Rule> all = rules.rules();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) instanceof Rule.GameRule r) {
                    out.addAll(violations(i, r));
                }
            }
            v = List.copyOf(out);
            p.byRule().put(-1, v);
        }
        return v;
    }

    private record Placed(List<Game> games, List<TeamGame> sides, Map<Integer, List<Violation>> byRule) {
    }

    @Override
    public String toString() {
        return id + " " + guest() + " at " + host() + " slot " + (slot == null ? "-" : slot.index());
    }
}
