package org.flextime.scheduler.engine.optimizer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A meeting of two teams (a single game or a whole series): the planning entity. The solver chooses its
 * slot and whether it is played the other way round ({@code reversed}: the drafted away team hosts).
 * The pair and the number of times the pair meets never change, so the format is kept by construction.
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

    @PlanningVariable(valueRangeProviderRefs = "slots")
    private Slot slot;
    @PlanningVariable(valueRangeProviderRefs = "flips")
    private Boolean reversed;

    /** For the solver's cloning. */
    public Fixture() {
    }

    /**
     * A meeting drafted as {@code first} hosting {@code second}, met {@code legs} times in all; datesBySlot
     * gives where it falls in every slot it may take.
     */
    public Fixture(String id, String first, String second, int legs, Map<Integer, SlotDates> datesBySlot,
                   RuleBook rules, Slot slot, boolean reversed) {
        this.id = id;
        this.first = first;
        this.second = second;
        this.legs = legs;
        this.datesBySlot = Map.copyOf(datesBySlot);
        this.rules = rules;
        this.slot = slot;
        this.reversed = reversed;
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
        // a slot the meeting was never given dates for cannot be played: keep the slot date, all illegal
        return d != null ? d : new SlotDates(List.of(slot.date()), Math.max(1, datesBySlot.values().iterator().next().dates().size()));
    }

    /** The dates of the meeting in its current slot. */
    public List<LocalDate> dates() {
        return placement().dates();
    }

    /** Games of this meeting on a date the two teams may not meet. */
    public int illegalGames() {
        return placement().illegal();
    }

    /** Games on dates the host also hosts a game of the companion schedule. */
    public int companionClashes() {
        int n = 0;
        for (LocalDate d : dates()) {
            if (rules.companionHome(host(), d)) {
                n++;
            }
        }
        return n;
    }

    /** Both teams' sides of the meeting. */
    public List<Appearance> appearances() {
        List<LocalDate> dates = dates();
        return List.of(new Appearance(host(), guest(), true, dates, id, rules),
                new Appearance(guest(), host(), false, dates, id, rules));
    }

    @Override
    public String toString() {
        return id + " " + guest() + " at " + host() + " slot " + (slot == null ? "-" : slot.index());
    }
}
