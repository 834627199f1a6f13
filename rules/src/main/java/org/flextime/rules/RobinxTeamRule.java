package org.flextime.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flextime.domain.Game;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Se1;

/**
 * A per-team RobinX family (CA1, CA2, CA3 and BR1 per team of their first team list, SE1 per pair): the constraint
 * restricted to one team, evaluated on that team's games only, so a change re-evaluates its two teams alone.
 */
record RobinxTeamRule(RuleDefinition definition, RobinxRule whole, Map<String, List<RobinxConstraint>> byTeam)
        implements Rule.TeamRule {

    /** Whether the family's deviations are per team (SE1: per pair) and read only that team's games. */
    static boolean isPerTeam(RobinxConstraint c) {
        return c instanceof Ca1 || c instanceof Ca2 || c instanceof Ca3 || c instanceof Br1 || c instanceof Se1;
    }

    /** The whole rule split into its restrictions to each team it constrains. */
    static RobinxTeamRule of(RuleDefinition definition, RobinxRule whole) {
        RobinxConstraint c = whole.constraint();
        List<String> teams = whole.teams();
        Map<String, List<RobinxConstraint>> perTeam = new HashMap<>();
        for (int t = 0; t < teams.size(); t++) {
            List<RobinxConstraint> restricted = restrict(c, t);
            if (!restricted.isEmpty()) {
                perTeam.put(teams.get(t), List.copyOf(restricted));
            }
        }
        return new RobinxTeamRule(definition, whole, Map.copyOf(perTeam));
    }

    private static List<RobinxConstraint> restrict(RobinxConstraint c, int t) {
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
        return restricted;
    }

    @Override
    public void evaluate(String team, List<Game> games, RuleContext context, List<Violation> out) {
        List<RobinxConstraint> c = byTeam.get(team);
        if (c != null) {
            whole.run(c, games, out);
        }
    }
}
