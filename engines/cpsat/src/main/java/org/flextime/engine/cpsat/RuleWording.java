package org.flextime.engine.cpsat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Br2;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.Fa2;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Se1;

/** Names a rule in words a scheduler reads: family and line, the teams by name, the slots as ranges. */
final class RuleWording {

    private final Instance instance;

    RuleWording(Instance instance) {
        this.instance = instance;
    }

    /** "CA1@3 on KU, slots 0-3", "BR2@4 on all teams, slots 1-9", "GA1@7 on games KU-BU, slots 2". */
    String describe(RobinxConstraint rule) {
        String scope;
        if (rule instanceof Ca1 c) {
            scope = teams(c.teams()) + ", slots " + slots(c.slots());
        } else if (rule instanceof Ca2 c) {
            scope = teams(c.teams1()) + " against " + teams(c.teams2()) + ", slots " + slots(c.slots());
        } else if (rule instanceof Ca3 c) {
            scope = teams(c.teams1()) + " against " + teams(c.teams2()) + ", every " + c.intp() + " slots";
        } else if (rule instanceof Ca4 c) {
            scope = teams(c.teams1()) + " against " + teams(c.teams2()) + ", slots " + slots(c.slots());
        } else if (rule instanceof Ga1 c) {
            scope = "games " + c.meetings().stream().map(m -> name(m.home()) + "-" + name(m.away()))
                    .distinct().collect(Collectors.joining(", ")) + ", slots " + slots(c.slots());
        } else if (rule instanceof Br1 c) {
            scope = teams(c.teams()) + ", slots " + slots(c.slots());
        } else if (rule instanceof Br2 c) {
            scope = teams(c.teams()) + ", slots " + slots(c.slots());
        } else if (rule instanceof Fa2 c) {
            scope = teams(c.teams()) + ", slots " + slots(c.slots());
        } else if (rule instanceof Se1 c) {
            scope = teams(c.teams());
        } else {
            scope = "line " + rule.line();
        }
        return rule.label() + " on " + scope;
    }

    /** "A and B cannot both hold", "A, B and C cannot all hold", "A cannot hold". */
    String conflict(List<RobinxConstraint> rules) {
        if (rules.isEmpty()) {
            return "the round-robin format alone cannot be met with " + instance.teamCount() + " teams in "
                    + instance.slotCount() + " slots";
        }
        List<String> names = rules.stream().map(this::describe).toList();
        if (names.size() == 1) {
            return names.get(0) + " cannot hold";
        }
        String listed = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return listed + (names.size() == 2 ? " cannot both hold" : " cannot all hold");
    }

    private String teams(List<Integer> ids) {
        List<Integer> distinct = ids.stream().distinct().sorted().toList();
        if (distinct.size() == instance.teamCount()) {
            return "all teams";
        }
        return distinct.stream().map(this::name).collect(Collectors.joining(", "));
    }

    private String name(int team) {
        String name = instance.teams().get(team).name();
        return name == null || name.isBlank() ? "team " + team : name;
    }

    /** "0-3, 7, 9-10". */
    private static String slots(List<Integer> ids) {
        List<Integer> sorted = ids.stream().distinct().sorted().toList();
        List<String> ranges = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            ranges.add(i == j ? String.valueOf(sorted.get(i)) : sorted.get(i) + "-" + sorted.get(j));
            i = j + 1;
        }
        return String.join(", ", ranges);
    }
}
