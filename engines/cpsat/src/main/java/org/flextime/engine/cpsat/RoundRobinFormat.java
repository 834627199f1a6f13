package org.flextime.engine.cpsat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.Instance;

/**
 * The format every schedule keeps whatever the rules say (the evaluator's format check): each pair meets as often as
 * the number of round robins requires, hosting each other equally often in an even number of them; no team plays
 * twice in a slot (in a compact season of an even number of teams, every team plays in every slot); in a phased
 * double round robin each pair meets once in each half.
 */
final class RoundRobinFormat {

    private RoundRobinFormat() {
    }

    /** Adds the format to the model. */
    static void add(CpModel model, GameVariables games, Instance instance) {
        int teams = games.teams();
        int slots = games.slots();
        int rounds = instance.roundRobins();
        for (int i = 0; i < teams; i++) {
            for (int j = i + 1; j < teams; j++) {
                LinearExprBuilder iHosts = LinearExpr.newBuilder();
                LinearExprBuilder jHosts = LinearExpr.newBuilder();
                for (int s = 0; s < slots; s++) {
                    iHosts.add(games.game(i, j, s));
                    jHosts.add(games.game(j, i, s));
                }
                if (rounds % 2 == 0) {
                    model.addEquality(iHosts, rounds / 2);
                    model.addEquality(jHosts, rounds / 2);
                } else {
                    model.addEquality(LinearExpr.newBuilder().add(iHosts).add(jHosts), rounds);
                }
            }
        }
        // every team plays once per slot when the season is compact: the redundant exactly-one propagates far
        // better than the counts above
        boolean everyTeamEverySlot = instance.compact() && teams % 2 == 0 && slots == rounds * (teams - 1);
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s < slots; s++) {
                LinearExprBuilder plays = LinearExpr.newBuilder().add(games.home(t, s)).add(games.away(t, s));
                if (everyTeamEverySlot) {
                    model.addEquality(plays, 1);
                } else {
                    model.addLessOrEqual(plays, 1);
                }
            }
        }
        if (instance.gameMode() == GameMode.PHASED && rounds == 2) {
            int half = slots / 2;
            for (int i = 0; i < teams; i++) {
                for (int j = i + 1; j < teams; j++) {
                    LinearExprBuilder firstHalf = LinearExpr.newBuilder();
                    for (int s = 0; s < half; s++) {
                        firstHalf.add(games.game(i, j, s)).add(games.game(j, i, s));
                    }
                    model.addEquality(firstHalf, 1);
                }
            }
        }
    }
}
