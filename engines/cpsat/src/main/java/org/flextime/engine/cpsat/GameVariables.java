package org.flextime.engine.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.ScheduledMatch;

/**
 * The decision variables of a round-robin timetable: one literal per (home, away, slot) saying that the game is
 * played there, and the literals derived from them that the rule families count (home, away, breaks, home games
 * played so far). Derived literals are created on first use, so a model carries only what its rules need. A
 * pattern model ({@link #patterns}) decides home and away alone: its game literal only says the game could be played
 * there (the host at home, the guest away) and may be false even so, so a rule counting games between a minimum and
 * a maximum asks of the patterns exactly what it implies for venues; a rule that needs the slot of a game is refused
 * with {@link SlotUnknown}.
 */
final class GameVariables {

    private final CpModel model;
    private final int teams;
    private final int slots;
    private final BoolVar[][][] games;
    private final BoolVar[][] home;
    private final BoolVar[][] away;
    private final BoolVar[][] homeBreak;
    private final BoolVar[][] awayBreak;
    private final IntVar[][][] played;
    /** False in a pattern model, whose game literals only say a game could be played. */
    private final boolean withGames;

    GameVariables(CpModel model, int teams, int slots) {
        this(model, teams, slots, true);
    }

    /**
     * Home and away literals only, for a season where every team plays in every slot (so away is not home): the
     * home-away patterns of {@link HomeAwayPatterns}.
     */
    static GameVariables patterns(CpModel model, int teams, int slots) {
        return new GameVariables(model, teams, slots, false);
    }

    private GameVariables(CpModel model, int teams, int slots, boolean withGames) {
        this.model = model;
        this.withGames = withGames;
        this.teams = teams;
        this.slots = slots;
        games = new BoolVar[teams][teams][slots];
        home = new BoolVar[teams][slots];
        away = new BoolVar[teams][slots];
        homeBreak = new BoolVar[teams][slots];
        awayBreak = new BoolVar[teams][slots];
        played = new IntVar[HomeAwayMode.values().length][][];
        if (!withGames) {
            for (int t = 0; t < teams; t++) {
                for (int s = 0; s < slots; s++) {
                    home[t][s] = model.newBoolVar("h" + t + "_" + s);
                    away[t][s] = model.newBoolVar("a" + t + "_" + s);
                    model.addEquality(LinearExpr.newBuilder().add(home[t][s]).add(away[t][s]), 1);
                }
            }
            return;
        }
        for (int h = 0; h < teams; h++) {
            for (int a = 0; a < teams; a++) {
                if (h != a) {
                    for (int s = 0; s < slots; s++) {
                        games[h][a][s] = model.newBoolVar("g" + h + "_" + a + "_" + s);
                    }
                }
            }
        }
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s < slots; s++) {
                home[t][s] = model.newBoolVar("h" + t + "_" + s);
                away[t][s] = model.newBoolVar("a" + t + "_" + s);
                LinearExprBuilder hosted = LinearExpr.newBuilder();
                LinearExprBuilder visited = LinearExpr.newBuilder();
                for (int o = 0; o < teams; o++) {
                    if (o != t) {
                        hosted.add(games[t][o][s]);
                        visited.add(games[o][t][s]);
                    }
                }
                model.addEquality(hosted, home[t][s]);
                model.addEquality(visited, away[t][s]);
            }
        }
    }

    int teams() {
        return teams;
    }

    int slots() {
        return slots;
    }

    /**
     * True when {@code home} hosts {@code away} in {@code slot}; in a pattern model, true only when the venues allow
     * that game there.
     */
    BoolVar game(int home, int away, int slot) {
        if (games[home][away][slot] == null) {
            BoolVar possible = model.newBoolVar("c" + home + "_" + away + "_" + slot);
            model.addImplication(possible, this.home[home][slot]);
            model.addImplication(possible, this.away[away][slot]);
            games[home][away][slot] = possible;
        }
        return games[home][away][slot];
    }

    /** True when the team plays at home in the slot. */
    BoolVar home(int team, int slot) {
        return home[team][slot];
    }

    /** True when the team plays away in the slot. */
    BoolVar away(int team, int slot) {
        return away[team][slot];
    }

    /** The team's games in the slot that {@code mode} counts (0 or 1). */
    void addCounted(LinearExprBuilder sum, int team, int slot, HomeAwayMode mode) {
        if (mode.counts(true)) {
            sum.add(home[team][slot]);
        }
        if (mode.counts(false)) {
            sum.add(away[team][slot]);
        }
    }

    /** The team's games against {@code opponent} in the slot that {@code mode} counts. */
    void addCountedAgainst(LinearExprBuilder sum, int team, int opponent, int slot, HomeAwayMode mode) {
        if (mode.counts(true)) {
            sum.add(game(team, opponent, slot));
        }
        if (mode.counts(false)) {
            sum.add(game(opponent, team, slot));
        }
    }

    /** The team's breaks of the kinds {@code mode} counts in the slot (slot 0 never holds one). */
    void addBreaks(LinearExprBuilder sum, int team, int slot, HomeAwayMode mode) {
        if (slot == 0) {
            return;
        }
        if (mode.counts(true)) {
            sum.add(homeBreak(team, slot));
        }
        if (mode.counts(false)) {
            sum.add(awayBreak(team, slot));
        }
    }

    /** True exactly when the team plays at home in slot - 1 and in slot. */
    private BoolVar homeBreak(int team, int slot) {
        if (homeBreak[team][slot] == null) {
            homeBreak[team][slot] = both(home[team][slot - 1], home[team][slot], "hb" + team + "_" + slot);
        }
        return homeBreak[team][slot];
    }

    /** True exactly when the team plays away in slot - 1 and in slot. */
    private BoolVar awayBreak(int team, int slot) {
        if (awayBreak[team][slot] == null) {
            awayBreak[team][slot] = both(away[team][slot - 1], away[team][slot], "ab" + team + "_" + slot);
        }
        return awayBreak[team][slot];
    }

    // exact in both directions: BR1 and BR2 with GEQ or EQ reward breaks, so a one-sided link would let them lie
    private BoolVar both(BoolVar first, BoolVar second, String name) {
        BoolVar b = model.newBoolVar(name);
        model.addImplication(b, first);
        model.addImplication(b, second);
        model.addBoolOr(new Literal[] {first.not(), second.not(), b});
        return b;
    }

    /** The team's games counted by {@code mode} from slot 0 up to and including {@code slot}. */
    IntVar played(int team, int slot, HomeAwayMode mode) {
        IntVar[][] byTeam = played[mode.ordinal()];
        if (byTeam == null) {
            byTeam = new IntVar[teams][];
            played[mode.ordinal()] = byTeam;
        }
        if (byTeam[team] == null) {
            IntVar[] row = new IntVar[slots];
            for (int s = 0; s < slots; s++) {
                row[s] = model.newIntVar(0, s + 1L, "p" + mode + team + "_" + s);
                LinearExprBuilder sum = LinearExpr.newBuilder();
                if (s > 0) {
                    sum.add(row[s - 1]);
                }
                addCounted(sum, team, s, mode);
                model.addEquality(row[s], sum);
            }
            byTeam[team] = row;
        }
        return byTeam[team][slot];
    }

    /** The slot in which {@code home} hosts {@code away}, for formats where that game is played once. */
    LinearExpr slotOf(int home, int away) {
        if (!withGames) {
            throw new SlotUnknown();
        }
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int s = 1; s < slots; s++) {
            sum.addTerm(game(home, away, s), s);
        }
        return sum.build();
    }

    /** Every game literal, for fixing and hinting. */
    List<BoolVar> all() {
        List<BoolVar> all = new ArrayList<>();
        for (int h = 0; h < teams; h++) {
            for (int a = 0; a < teams; a++) {
                if (h != a) {
                    all.addAll(List.of(games[h][a]));
                }
            }
        }
        return all;
    }

    /** The games whose literals are true, slot by slot. */
    List<ScheduledMatch> read(Predicate<Literal> isTrue) {
        List<ScheduledMatch> result = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            for (int h = 0; h < teams; h++) {
                for (int a = 0; a < teams; a++) {
                    if (h != a && isTrue.test(games[h][a][s])) {
                        result.add(new ScheduledMatch(h, a, s));
                    }
                }
            }
        }
        return result;
    }

    /** The slot of a game, asked of a pattern model, which does not decide it. */
    static final class SlotUnknown extends RuntimeException {
        SlotUnknown() {
            super("a home-away pattern does not say when a game is played", null, false, false);
        }
    }
}
