package org.flextime.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Br2;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.ConstraintType;
import org.flextime.rules.robinx.CountMode;
import org.flextime.rules.robinx.Fa2;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.Meeting;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Se1;

/**
 * The params of a {@code robinx} rule read as one RobinX constraint over the sport's window: team codes become team
 * indexes (the sport's participants, in order) and dates become slots (slot 0 is the window's first day). Unknown
 * teams, dates outside the window and unknown modes are {@link RuleDefinitionException}s naming their JSON path.
 */
final class RobinxParams {

    private final Params p;
    private final List<String> teams;
    private final LocalDate first;
    private final int slotCount;

    /** The params of one definition, over the sport's participants and its window of {@code slotCount} days. */
    RobinxParams(Params p, List<String> teams, LocalDate first, int slotCount) {
        this.p = p;
        this.teams = teams;
        this.first = first;
        this.slotCount = slotCount;
    }

    /** The constraint the params describe, hard or soft as the definition is, its penalty the definition's weight. */
    RobinxConstraint constraint(RuleDefinition d) {
        ConstraintType type = d.severity() == Severity.HARD ? ConstraintType.HARD : ConstraintType.SOFT;
        String family = p.requiredText("constraint").toUpperCase(Locale.ROOT);
        int min = p.integer("min", 0);
        int max = p.integer("max", RobinxConstraint.UNBOUNDED);
        int w = d.weight();
        return switch (family) {
            case "CA1" -> new Ca1(teamIds("teams"), slotIds(), min, max, mode("mode", "H"), type, w, 0);
            case "CA2" -> new Ca2(teamIds("teams1"), teamIds("teams2"), slotIds(), min, max, mode("mode1", "HA"), type, w, 0);
            case "CA3" -> new Ca3(teamIds("teams1"), teamIds("teams2"), p.requiredInt("intp"), min, max, mode("mode1", "HA"),
                    type, w, 0);
            case "CA4" -> new Ca4(teamIds("teams1"), teamIds("teams2"), slotIds(), min, max, mode("mode1", "HA"),
                    CountMode.valueOf(p.text("mode2", "GLOBAL").toUpperCase(Locale.ROOT)), type, w, 0);
            case "GA1" -> new Ga1(meetings(), slotIds(), min, max, type, w, 0);
            case "BR1" -> new Br1(teamIds("teams"), slotIds(), p.requiredInt("intp"),
                    Comparison.valueOf(p.text("mode1", "LEQ").toUpperCase(Locale.ROOT)), mode("mode2", "HA"), type, w, 0);
            case "BR2" -> new Br2(teamIds("teams"), slotIds(), p.requiredInt("intp"), mode("homeMode", "HA"),
                    Comparison.valueOf(p.text("mode2", "LEQ").toUpperCase(Locale.ROOT)), type, w, 0);
            case "FA2" -> new Fa2(teamIds("teams"), slotIds(), p.requiredInt("intp"), mode("mode", "H"), type, w, 0);
            case "SE1" -> new Se1(teamIds("teams"), min, max, type, w, 0);
            default -> throw new RuleDefinitionException(p.path("constraint"), p.path("constraint") + ": unsupported RobinX family '"
                    + family + "' (CA1-CA4, GA1, BR1, BR2, FA2, SE1)");
        };
    }

    private HomeAwayMode mode(String name, String fallback) {
        String text = p.text(name, fallback).toUpperCase(Locale.ROOT);
        try {
            return HomeAwayMode.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new RuleDefinitionException(p.path(name), p.path(name) + " must be H, A or HA, not " + text);
        }
    }

    private List<Integer> teamIds(String name) {
        List<String> codes = p.teams(name, teams::contains);
        if (codes.isEmpty()) {
            throw new RuleDefinitionException(p.path(name), p.path(name) + " must name at least one team");
        }
        return codes.stream().map(teams::indexOf).toList();
    }

    private List<Integer> slotIds() {
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
            } catch (DateTimeParseException e) {
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

    private List<Meeting> meetings() {
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
