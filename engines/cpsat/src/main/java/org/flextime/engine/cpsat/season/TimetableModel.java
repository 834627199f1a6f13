package org.flextime.engine.cpsat.season;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntegerVariableProto;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flextime.domain.Game;
import org.flextime.domain.Sport;
import org.flextime.engine.cpsat.CpSat;
import org.flextime.rules.CompiledSet;

/**
 * The CP-SAT variables of a season whose meetings are given (a draft's games: who plays whom, how often) and whose
 * dates and hosts are to be chosen: per game a day of the sport's window and whether the draft's host stays host; per
 * pair of games that share a team, which comes first in that team's list (by date, then by the draft's order, as the
 * validator sorts); per team, which of its games is its k-th. Rules are added on top by {@link TimetableRules}.
 */
final class TimetableModel {

    final CpModel cp = new CpModel();
    final CompiledSet set;
    final List<Game> draft;
    final LocalDate firstDay;
    final int days;
    /** Per game, the day (0 = the window's first day). */
    final IntVar[] day;
    /** Per game, true when the draft's home team hosts. */
    final BoolVar[] keep;
    /** Per team, its games (indexes into {@link #draft}, ascending). */
    final Map<String, int[]> gamesOf = new LinkedHashMap<>();
    /** Per pair i &lt; j of games sharing a team: game i comes before game j. */
    private final Map<Long, BoolVar> before = new HashMap<>();
    /** Per team: [its a-th game][position k] true when that game is its k-th. */
    final Map<String, BoolVar[][]> at = new LinkedHashMap<>();
    /** Per team: [position k] true when its k-th game is at home. */
    final Map<String, BoolVar[]> homeAt = new LinkedHashMap<>();

    /** The variables of a season of {@code set}'s sport with the draft's meetings. */
    TimetableModel(CompiledSet set, List<Game> draft) {
        CpSat.load();
        this.set = set;
        this.draft = List.copyOf(draft);
        Sport sport = set.sport();
        firstDay = sport.window().from();
        days = (int) ChronoUnit.DAYS.between(firstDay, sport.window().to()) + 1;
        int n = this.draft.size();
        day = new IntVar[n];
        keep = new BoolVar[n];
        for (int i = 0; i < n; i++) {
            day[i] = cp.newIntVar(0, days - 1, "day_" + i);
            keep[i] = cp.newBoolVar("keep_" + i);
        }
        for (String team : sport.participants()) {
            List<Integer> own = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (this.draft.get(i).involves(team)) {
                    own.add(i);
                }
            }
            gamesOf.put(team, own.stream().mapToInt(Integer::intValue).toArray());
        }
        gamesOf.values().forEach(this::order);
        gamesOf.forEach(this::positions);
    }

    /** Reifies "game i before game j" for every pair of the team's games. */
    private void order(int[] own) {
        for (int a = 0; a < own.length; a++) {
            for (int b = a + 1; b < own.length; b++) {
                int i = own[a];
                int j = own[b];
                before.computeIfAbsent(key(i, j), k -> {
                    BoolVar first = cp.newBoolVar("before_" + i + "_" + j);
                    // on one day the draft's order decides, as the validator sorts by date, then id
                    cp.addLessOrEqual(day[i], day[j]).onlyEnforceIf(first);
                    cp.addGreaterOrEqual(LinearExpr.newBuilder().add(day[i]).add(-1), day[j]).onlyEnforceIf(first.not());
                    return first;
                });
            }
        }
    }

    /** The team's position matrix, tied to the order of its games and to their hosts. */
    private void positions(String team, int[] own) {
        int m = own.length;
        BoolVar[][] x = new BoolVar[m][m];
        BoolVar[] home = new BoolVar[m];
        for (int k = 0; k < m; k++) {
            home[k] = cp.newBoolVar("home_" + team + "_" + k);
        }
        for (int a = 0; a < m; a++) {
            for (int k = 0; k < m; k++) {
                x[a][k] = cp.newBoolVar("at_" + team + "_" + a + "_" + k);
            }
            cp.addExactlyOne(x[a]);
        }
        for (int k = 0; k < m; k++) {
            BoolVar[] column = new BoolVar[m];
            for (int a = 0; a < m; a++) {
                column[a] = x[a][k];
            }
            cp.addExactlyOne(column);
        }
        for (int a = 0; a < m; a++) {
            // its position is the number of the team's games before it
            LinearExprBuilder position = LinearExpr.newBuilder();
            for (int k = 1; k < m; k++) {
                position.addTerm(x[a][k], k);
            }
            cp.addEquality(position, earlier(own, a));
            Literal hosts = hosts(team, own[a]);
            for (int k = 0; k < m; k++) {
                cp.addBoolOr(new Literal[] {x[a][k].not(), hosts.not(), home[k]});
                cp.addBoolOr(new Literal[] {x[a][k].not(), hosts, home[k].not()});
            }
        }
        // redundant: the home positions count the home games
        LinearExprBuilder homes = LinearExpr.newBuilder();
        for (int a = 0; a < m; a++) {
            homes.add(homeExpr(team, own[a]));
        }
        cp.addEquality(LinearExpr.sum(home), homes);
        at.put(team, x);
        homeAt.put(team, home);
    }

    /** How many of the team's games come before its a-th one (a linear expression over the order literals). */
    LinearExprBuilder earlier(int[] own, int a) {
        LinearExprBuilder count = LinearExpr.newBuilder();
        for (int b = 0; b < own.length; b++) {
            if (b == a) {
                continue;
            }
            addFirst(count, own[b], own[a]);
        }
        return count;
    }

    /** The team's position of the game: 0 for its first. */
    LinearExprBuilder position(String team, int game) {
        BoolVar[][] x = at.get(team);
        int[] own = gamesOf.get(team);
        int a = java.util.Arrays.binarySearch(own, game);
        LinearExprBuilder position = LinearExpr.newBuilder();
        for (int k = 1; k < own.length; k++) {
            position.addTerm(x[a][k], k);
        }
        return position;
    }

    /** Adds 1 to {@code expr} when game i comes before game j. */
    private void addFirst(LinearExprBuilder expr, int i, int j) {
        if (i < j) {
            expr.add(before(i, j));
        } else {
            expr.add(1).addTerm(before(j, i), -1);
        }
    }

    /** The literal "game i comes before game j" (the two share a team). */
    Literal first(int i, int j) {
        return i < j ? before(i, j) : before(j, i).not();
    }

    private BoolVar before(int i, int j) {
        BoolVar b = before.get(key(i, j));
        if (b == null) {
            throw new IllegalArgumentException("games " + i + " and " + j + " share no team");
        }
        return b;
    }

    private long key(int i, int j) {
        return (long) i * draft.size() + j;
    }

    /** The literal "the team hosts game g". */
    Literal hosts(String team, int g) {
        return draft.get(g).home().equals(team) ? keep[g] : keep[g].not();
    }

    /** 1 when the team hosts game g, as a linear expression. */
    LinearExprBuilder homeExpr(String team, int g) {
        return draft.get(g).home().equals(team) ? LinearExpr.newBuilder().add(keep[g])
                : LinearExpr.newBuilder().add(1).addTerm(keep[g], -1);
    }

    /** The day index of a date. */
    int dayOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(firstDay, date);
    }

    /** Narrows a variable to min..max (a literal to 1..1 fixes it, 0..1 frees it again). */
    void domain(IntVar variable, long min, long max) {
        IntegerVariableProto.Builder proto = cp.getBuilder().getVariablesBuilder(variable.getIndex());
        proto.clearDomain().addDomain(min).addDomain(max);
    }

    /** Every team's game indexes, for rules that read them. */
    Map<String, int[]> teams() {
        return gamesOf;
    }
}
