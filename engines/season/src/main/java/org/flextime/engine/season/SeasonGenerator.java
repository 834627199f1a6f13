package org.flextime.engine.season;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;

/**
 * Builds a season for one sport from its published format: the circle method gives rounds in which every
 * team plays at most once, a seeded search over the circle order decides which rounds a partial format
 * keeps (or plays twice), Euler trails balance home and away, and the rounds are spread over the sport's
 * play dates (a series over three days of a weekend).
 *
 * <p>Which meetings are kept or doubled is rule-driven: each pair has an affinity made of protected
 * rivalry (must meet), travel partners, and distance (closer is better, which is also how single meetings
 * "shorten travel"). The search maximises the affinity of the kept/doubled rounds.
 *
 * <p>Venue: the home team's stadium for football, its arena for basketball and volleyball; schools.csv has
 * no soccer, baseball, softball or tennis venues, so those games name "&lt;School&gt; &lt;sport&gt; home venue".
 *
 * <p>Where the sport's rules limit road streaks or ask for home and away games early and late, a local
 * search then flips home-and-home pairs and directed triangles of single meetings, which keeps every
 * team's home count ({@link HomeAwayPolish}); if that search gets stuck the construction is redrawn, up to
 * a few times, and the best result is kept (the validator reports whatever is left).
 *
 * <p>Calendar: a game is only placed on a date both teams may play ({@link Season#matchDates}); when the
 * sport forbids consecutive days, rounds are at least two days apart and no team is moved next to its
 * other games. Games that cannot use their round's date (BYU's Sunday soccer games) move to the nearest
 * date between the neighbouring rounds that suits both teams.
 */
public final class SeasonGenerator {
    private static final int SEARCH_STEPS = 3000;
    private static final int ATTEMPTS = 40;
    private static final int POLISH_ATTEMPTS = 8;
    private static final double RIVALRY_BONUS = 1000;
    private static final double PARTNER_BONUS = 15;
    private static final double MILES_PER_POINT = 100;

    /** Generates the sport's conference games, deterministic for a given seed; ids g001... in date order. */
    public List<Game> generate(Season season, Sport sport, long seed) {
        List<String> teams = season.participants(sport).stream().map(Team::code).toList();
        List<List<int[]>> oriented = orientedRounds(season, sport, teams, seed);
        List<Placed> placed = sport.format().kind() == Format.Kind.SERIES
                ? placeSeries(season, sport, teams, oriented)
                : placeRounds(season, sport, teams, oriented);
        List<Game> games = number(season, sport, teams, placed);
        checkCounts(sport, teams, games);
        return games;
    }

    /**
     * The same season as {@link #generate} for the seed, before dates are fixed: every meeting with its
     * slot (round or series week) and orientation, and each slot's date. The optimizer starts from it.
     */
    public SeasonDraft draft(Season season, Sport sport, long seed) {
        List<String> teams = season.participants(sport).stream().map(Team::code).toList();
        List<List<int[]>> oriented = orientedRounds(season, sport, teams, seed);
        boolean series = sport.format().kind() == Format.Kind.SERIES;
        List<LocalDate> slotDates = series ? seriesWeeks(season, sport, oriented.size())
                : anchors(season, sport, teams, oriented.size(), sport.forbidsConsecutiveDays() ? 2 : 1);
        List<SeasonDraft.Meeting> meetings = new ArrayList<>();
        for (int r = 0; r < oriented.size(); r++) {
            for (int[] g : oriented.get(r)) {
                meetings.add(new SeasonDraft.Meeting(r, teams.get(g[0]), teams.get(g[1])));
            }
        }
        return new SeasonDraft(teams, slotDates, meetings, series);
    }

    private List<List<int[]>> orientedRounds(Season season, Sport sport, List<String> teams, long seed) {
        int n = teams.size();
        Format format = sport.format();
        if (n < 2) {
            throw unsupported(sport, "needs at least two participants, has " + n);
        }
        Random random = new Random(seed);
        double[][] affinity = affinity(season, sport, teams);
        List<List<int[]>> oriented = null;
        int leftover = Integer.MAX_VALUE;
        // a fresh construction is cheap, so when the polish gets stuck another draw usually succeeds
        for (int attempt = 0; attempt < POLISH_ATTEMPTS && leftover > 0; attempt++) {
            List<List<int[]>> rounds = switch (format.kind()) {
                case ROUND_ROBIN -> roundRobin(sport, n, random);
                case PARTIAL_ROUND_ROBIN -> partial(sport, n, format.gamesPerTeam(), affinity, random);
                case PARTIAL_DOUBLE_ROUND_ROBIN -> partialDouble(sport, n, affinity, random);
                case SERIES -> partial(sport, n, format.seriesPerTeam(), affinity, random);
            };
            List<List<int[]>> candidate = orient(n, rounds, random);
            int penalty = HomeAwayPolish.improve(sport, n, candidate, random);
            if (penalty < leftover) {
                leftover = penalty;
                oriented = candidate;
            }
        }
        return oriented;
    }

    // ---------------------------------------------------------------- which meetings, in which rounds

    private List<List<int[]>> roundRobin(Sport sport, int n, Random random) {
        int games = sport.format().gamesPerTeam();
        int[] order = shuffledOrder(n, random);
        List<List<int[]>> once = CircleMethod.rounds(order);
        Collections.shuffle(once, random);
        if (games == n - 1) {
            return once;
        }
        if (games == 2 * (n - 1)) {
            // the second half repeats the first in the same order; orientation later makes it the return leg
            List<List<int[]>> both = new ArrayList<>(once);
            both.addAll(once);
            return both;
        }
        throw unsupported(sport, "a round robin of " + n + " teams has " + (n - 1) + " or " + 2 * (n - 1)
                + " games per team, the data asks for " + games);
    }

    private List<List<int[]>> partial(Sport sport, int n, int k, double[][] affinity, Random random) {
        if (k <= 0 || k > n - 1) {
            throw unsupported(sport, k + " meetings per team is not possible with " + n + " teams");
        }
        if (n % 2 == 1 && k % 2 == 1) {
            throw unsupported(sport, "an odd number of teams (" + n + ") cannot each meet an odd number (" + k + ") of opponents");
        }
        Selection s = select(sport, n, k, affinity, random);
        List<List<int[]>> rounds = new ArrayList<>(s.kept());
        Collections.shuffle(rounds, random);
        return rounds;
    }

    private List<List<int[]>> partialDouble(Sport sport, int n, double[][] affinity, Random random) {
        Format f = sport.format();
        int twice = f.opponentsTwice();
        int once = f.opponentsOnce();
        if (twice + once != n - 1 || 2 * twice + once != f.gamesPerTeam()) {
            throw unsupported(sport, twice + " twice + " + once + " once must cover all " + (n - 1)
                    + " opponents and make " + f.gamesPerTeam() + " games");
        }
        if (n % 2 == 1 && twice % 2 == 1) {
            throw unsupported(sport, "an odd number of teams (" + n + ") cannot each play an odd number (" + twice + ") of opponents twice");
        }
        if (twice == 0) {
            return roundRobin(sport, n, random);
        }
        Selection s = select(sport, n, twice, affinity, random);
        // every pair meets once in the circle rounds; the kept rounds are played again (less the removed pairs)
        List<List<int[]>> all = CircleMethod.rounds(s.order());
        List<List<int[]>> singles = new ArrayList<>();
        for (int r = 0; r < all.size(); r++) {
            if (!s.keptIndices().contains(r)) {
                singles.add(all.get(r));
            }
        }
        Collections.shuffle(singles, random);
        List<Integer> legOrder = new ArrayList<>();
        for (int i = 0; i < s.keptIndices().size(); i++) {
            legOrder.add(i);
        }
        Collections.shuffle(legOrder, random);
        List<List<int[]>> firsts = legOrder.stream().map(i -> all.get(s.keptIndices().get(i))).toList();
        List<List<int[]>> seconds = legOrder.stream().map(i -> s.kept().get(i)).toList();
        // first legs go in the first half and return legs in the second, so the two meetings are far apart
        int half = (singles.size() + 1) / 2;
        List<List<int[]>> sequence = new ArrayList<>(interleave(firsts, singles.subList(0, half)));
        int firstHalf = sequence.size();
        sequence.addAll(interleave(seconds, singles.subList(half, singles.size())));
        return withByeWindow(sport, n, sequence, firstHalf, random);
    }

    /**
     * A format with one more window than rounds and one bye per team (WBB: 19 windows, 18 games) gets an
     * extra window made of one game taken from each of n/2 different first-half rounds, chosen so that the
     * taken games cover every team once: each team then sits out exactly the round its game was taken from.
     * The new window closes the first half, so return legs still come after first legs.
     */
    private List<List<int[]>> withByeWindow(Sport sport, int n, List<List<int[]>> sequence, int firstHalf, Random random) {
        Format f = sport.format();
        if (f.windows() == 0 || f.windows() == sequence.size()) {
            return sequence;
        }
        if (f.windows() != sequence.size() + 1 || f.byesPerTeam() != 1 || n % 2 == 1) {
            throw unsupported(sport, f.windows() + " windows with " + f.byesPerTeam() + " bye(s) per team for "
                    + sequence.size() + " rounds of " + n + " teams");
        }
        List<List<int[]>> rounds = new ArrayList<>();
        for (List<int[]> r : sequence) {
            rounds.add(new ArrayList<>(r));
        }
        List<Integer> candidates = new ArrayList<>();
        for (int r = 0; r < firstHalf; r++) {
            candidates.add(r);
        }
        Collections.shuffle(candidates, random);
        int[] takenFrom = new int[n];
        java.util.Arrays.fill(takenFrom, -1);
        List<int[]> window = new ArrayList<>();
        if (!pickByeGames(rounds, candidates, new boolean[rounds.size()], takenFrom, window)) {
            throw unsupported(sport, "no set of first-half games gives every team exactly one bye");
        }
        for (int[] g : window) {
            rounds.get(takenFrom[g[0]]).remove(g);
        }
        rounds.add(firstHalf, window);
        return rounds;
    }

    private static boolean pickByeGames(List<List<int[]>> rounds, List<Integer> candidates, boolean[] usedRound,
                                        int[] takenFrom, List<int[]> window) {
        int team = -1;
        for (int t = 0; t < takenFrom.length; t++) {
            if (takenFrom[t] < 0) {
                team = t;
                break;
            }
        }
        if (team < 0) {
            return true;
        }
        for (int r : candidates) {
            if (usedRound[r]) {
                continue;
            }
            for (int[] g : rounds.get(r)) {
                if ((g[0] == team || g[1] == team) && takenFrom[g[0]] < 0 && takenFrom[g[1]] < 0) {
                    usedRound[r] = true;
                    takenFrom[g[0]] = r;
                    takenFrom[g[1]] = r;
                    window.add(g);
                    if (pickByeGames(rounds, candidates, usedRound, takenFrom, window)) {
                        return true;
                    }
                    window.remove(window.size() - 1);
                    takenFrom[g[0]] = -1;
                    takenFrom[g[1]] = -1;
                    usedRound[r] = false;
                }
            }
        }
        return false;
    }

    /** Merges a into b evenly, starting with an element of a. */
    private static List<List<int[]>> interleave(List<List<int[]>> a, List<List<int[]>> b) {
        List<List<int[]>> out = new ArrayList<>();
        int total = a.size() + b.size();
        int ai = 0;
        int bi = 0;
        for (int pos = 0; pos < total; pos++) {
            boolean takeA = bi >= b.size() || (ai < a.size() && (long) ai * total <= (long) pos * a.size());
            out.add(takeA ? a.get(ai++) : b.get(bi++));
        }
        return out;
    }

    /** Circle order, the circle rounds kept (pairs removed where needed) and their indices. */
    private record Selection(int[] order, List<Integer> keptIndices, List<List<int[]>> kept) {
    }

    /**
     * Finds a circle order whose best rounds give every team exactly k meetings with the highest affinity.
     * With an even number of teams k rounds do it. With an odd number each round leaves one team out, so
     * k+1 rounds are kept and a perfect matching of the teams that played in all of them is removed.
     */
    private Selection select(Sport sport, int n, int k, double[][] affinity, Random random) {
        int keep = n % 2 == 0 ? k : Math.min(k + 1, n);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int[] order = shuffledOrder(n, random);
            double score = score(order, keep, affinity);
            for (int step = 0; step < SEARCH_STEPS; step++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n);
                swap(order, i, j);
                double candidate = score(order, keep, affinity);
                if (candidate >= score) {
                    score = candidate;
                } else {
                    swap(order, i, j);
                }
            }
            List<List<int[]>> rounds = CircleMethod.rounds(order);
            List<Integer> best = bestRounds(rounds, keep, affinity);
            List<List<int[]>> kept = new ArrayList<>();
            for (int r : best) {
                kept.add(new ArrayList<>(rounds.get(r)));
            }
            if (keep != k && !removeMatching(n, k, kept, affinity)) {
                continue;
            }
            if (missingRivalry(sport, kept, n, affinity).isEmpty()) {
                return new Selection(order, best, kept);
            }
        }
        throw unsupported(sport, "found no set of " + k + " meetings per team that keeps every protected rivalry "
                + sport.protectedRivalries());
    }

    private static Optional<String> missingRivalry(Sport sport, List<List<int[]>> kept, int n, double[][] affinity) {
        boolean[][] met = new boolean[n][n];
        for (List<int[]> round : kept) {
            for (int[] p : round) {
                met[p[0]][p[1]] = true;
                met[p[1]][p[0]] = true;
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (affinity[a][b] >= RIVALRY_BONUS / 2 && !met[a][b]) {
                    return Optional.of(a + "-" + b);
                }
            }
        }
        return Optional.empty();
    }

    /** Removes one kept meeting from every team that has k+1, preferring the least wanted meetings. */
    private static boolean removeMatching(int n, int k, List<List<int[]>> kept, double[][] affinity) {
        int[] count = new int[n];
        List<int[]> candidates = new ArrayList<>();
        for (List<int[]> round : kept) {
            for (int[] p : round) {
                count[p[0]]++;
                count[p[1]]++;
            }
        }
        for (List<int[]> round : kept) {
            for (int[] p : round) {
                if (count[p[0]] == k + 1 && count[p[1]] == k + 1) {
                    candidates.add(p);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(p -> affinity[p[0]][p[1]]));
        List<int[]> removed = new ArrayList<>();
        boolean[] matched = new boolean[n];
        for (int t = 0; t < n; t++) {
            matched[t] = count[t] != k + 1;
        }
        if (!match(matched, candidates, removed)) {
            return false;
        }
        for (List<int[]> round : kept) {
            round.removeIf(removed::contains);
        }
        return true;
    }

    private static boolean match(boolean[] matched, List<int[]> candidates, List<int[]> removed) {
        int first = -1;
        for (int t = 0; t < matched.length; t++) {
            if (!matched[t]) {
                first = t;
                break;
            }
        }
        if (first < 0) {
            return true;
        }
        for (int[] p : candidates) {
            if ((p[0] == first || p[1] == first) && !matched[p[0]] && !matched[p[1]]) {
                matched[p[0]] = true;
                matched[p[1]] = true;
                removed.add(p);
                if (match(matched, candidates, removed)) {
                    return true;
                }
                removed.remove(removed.size() - 1);
                matched[p[0]] = false;
                matched[p[1]] = false;
            }
        }
        return false;
    }

    private static double score(int[] order, int keep, double[][] affinity) {
        List<List<int[]>> rounds = CircleMethod.rounds(order);
        double total = 0;
        for (int r : bestRounds(rounds, keep, affinity)) {
            total += roundAffinity(rounds.get(r), affinity);
        }
        return total;
    }

    private static List<Integer> bestRounds(List<List<int[]>> rounds, int keep, double[][] affinity) {
        List<Integer> idx = new ArrayList<>();
        for (int r = 0; r < rounds.size(); r++) {
            idx.add(r);
        }
        idx.sort(Comparator.comparingDouble((Integer r) -> -roundAffinity(rounds.get(r), affinity)).thenComparing(r -> r));
        List<Integer> best = new ArrayList<>(idx.subList(0, keep));
        Collections.sort(best);
        return best;
    }

    private static double roundAffinity(List<int[]> round, double[][] affinity) {
        double sum = 0;
        for (int[] p : round) {
            sum += affinity[p[0]][p[1]];
        }
        return sum;
    }

    /** How much a pair should meet (again): protected rivalry, travel partners, then short distance. */
    private static double[][] affinity(Season season, Sport sport, List<String> teams) {
        int n = teams.size();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                Team x = season.teams().get(teams.get(i));
                Team y = season.teams().get(teams.get(j));
                double v = -x.campus().milesTo(y.campus()) / MILES_PER_POINT;
                if (season.areTravelPartners(x.code(), y.code())) {
                    v += PARTNER_BONUS;
                }
                if (sport.isProtectedRivalry(x.code(), y.code())) {
                    v += RIVALRY_BONUS;
                }
                a[i][j] = v;
            }
        }
        return a;
    }

    private static int[] shuffledOrder(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            swap(order, i, random.nextInt(i + 1));
        }
        return order;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    // ---------------------------------------------------------------- home and away

    /**
     * Orients every meeting. Pairs met once are balanced together by Euler trails; for pairs met twice the
     * first meeting is balanced the same way and the second is its reverse, so it is a home-and-home.
     */
    private static List<List<int[]>> orient(int n, List<List<int[]>> rounds, Random random) {
        Map<Long, Integer> meetings = new HashMap<>();
        for (List<int[]> round : rounds) {
            for (int[] p : round) {
                meetings.merge(key(p[0], p[1]), 1, Integer::sum);
            }
        }
        Map<Long, int[]> firstLeg = new HashMap<>();
        for (int times = 1; times <= 2; times++) {
            List<int[]> group = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (List<int[]> round : rounds) {
                for (int[] p : round) {
                    long key = key(p[0], p[1]);
                    if (meetings.get(key) == times && seen.add(key)) {
                        group.add(new int[] {Math.min(p[0], p[1]), Math.max(p[0], p[1])});
                    }
                }
            }
            List<int[]> oriented = EulerOrientation.orient(n, group, random);
            for (int[] o : oriented) {
                firstLeg.put(key(o[0], o[1]), o);
            }
        }
        Set<Long> played = new HashSet<>();
        List<List<int[]>> out = new ArrayList<>();
        for (List<int[]> round : rounds) {
            List<int[]> games = new ArrayList<>();
            for (int[] p : round) {
                long key = key(p[0], p[1]);
                int[] leg = firstLeg.get(key);
                games.add(played.add(key) ? leg : new int[] {leg[1], leg[0]});
            }
            out.add(games);
        }
        return out;
    }

    private static long key(int a, int b) {
        return (long) Math.min(a, b) * 1_000_003L + Math.max(a, b);
    }

    // ---------------------------------------------------------------- dates

    /** A game with its date, before ids are given. */
    private record Placed(LocalDate date, int home, int away) {
    }

    private List<Placed> placeRounds(Season season, Sport sport, List<String> teams, List<List<int[]>> rounds) {
        int gap = sport.forbidsConsecutiveDays() ? 2 : 1;
        List<LocalDate> anchors = anchors(season, sport, teams, rounds.size(), gap);
        Map<Integer, TreeSet<LocalDate>> busy = new HashMap<>();
        for (int t = 0; t < teams.size(); t++) {
            busy.put(t, new TreeSet<>());
        }
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < rounds.size(); r++) {
            LocalDate anchor = anchors.get(r);
            LocalDate lower = r == 0 ? sport.window().from().minusDays(1) : anchors.get(r - 1);
            LocalDate upper = r == anchors.size() - 1 ? sport.window().to().plusDays(1) : anchors.get(r + 1);
            for (int[] g : rounds.get(r)) {
                String home = teams.get(g[0]);
                String away = teams.get(g[1]);
                List<LocalDate> allowed = season.matchDates(sport, home, away);
                LocalDate best = null;
                long bestDistance = Long.MAX_VALUE;
                for (LocalDate d : allowed) {
                    if (!d.isAfter(lower) || !d.isBefore(upper) || !fits(busy.get(g[0]), d, gap) || !fits(busy.get(g[1]), d, gap)) {
                        continue;
                    }
                    // prefer the round's own date, then later over earlier at equal distance
                    long distance = 2 * Math.abs(ChronoUnit.DAYS.between(anchor, d)) + (d.isBefore(anchor) ? 1 : 0);
                    if (distance < bestDistance) {
                        best = d;
                        bestDistance = distance;
                    }
                }
                if (best == null) {
                    throw unsupported(sport, "no date between " + lower + " and " + upper + " suits both " + home
                            + " and " + away + " (round " + (r + 1) + " of " + rounds.size() + ")");
                }
                busy.get(g[0]).add(best);
                busy.get(g[1]).add(best);
                placed.add(new Placed(best, g[0], g[1]));
            }
        }
        return placed;
    }

    private static boolean fits(TreeSet<LocalDate> taken, LocalDate d, int gap) {
        LocalDate before = taken.floor(d);
        LocalDate after = taken.ceiling(d);
        return (before == null || ChronoUnit.DAYS.between(before, d) >= gap)
                && (after == null || ChronoUnit.DAYS.between(d, after) >= gap);
    }

    /**
     * One date per round. Dates every participant may play are preferred, so a round is played on one day;
     * only if those are too few are the sport's other play days used. A format with matchesPerWeek spreads
     * that many rounds in each 7-day block from the window's start.
     */
    private List<LocalDate> anchors(Season season, Sport sport, List<String> teams, int count, int gap) {
        TreeSet<LocalDate> common = null;
        TreeSet<LocalDate> any = new TreeSet<>();
        for (String t : teams) {
            List<LocalDate> dates = season.playDates(sport, t);
            any.addAll(dates);
            if (common == null) {
                common = new TreeSet<>(dates);
            } else {
                common.retainAll(dates);
            }
        }
        any.removeIf(d -> !sport.window().defaultDays().contains(d.getDayOfWeek()));
        List<Integer> perWeek = sport.format().matchesPerWeek();
        if (!perWeek.isEmpty() && perWeek.stream().mapToInt(Integer::intValue).sum() == count) {
            List<LocalDate> out = new ArrayList<>();
            LocalDate blockStart = sport.window().from();
            for (int week = 0; week < perWeek.size(); week++) {
                LocalDate from = blockStart.plusDays(7L * week);
                LocalDate to = from.plusDays(6);
                List<LocalDate> picked = pick(common.subSet(from, true, to, true), any.subSet(from, true, to, true),
                        perWeek.get(week), gap).orElseThrow(() -> unsupported(sport,
                        "week starting " + from + " has too few play dates for its matches"));
                if (!out.isEmpty() && !picked.isEmpty()
                        && ChronoUnit.DAYS.between(out.get(out.size() - 1), picked.get(0)) < gap) {
                    throw unsupported(sport, "matches of neighbouring weeks fall on consecutive days near " + from);
                }
                out.addAll(picked);
            }
            return out;
        }
        return pick(common, any, count, gap).orElseThrow(() -> unsupported(sport,
                count + " rounds do not fit in the window " + sport.window().from() + ".." + sport.window().to()
                        + " with " + (gap - 1) + " free day(s) between rounds"));
    }

    private static Optional<List<LocalDate>> pick(Set<LocalDate> common, Set<LocalDate> any, int count, int gap) {
        Optional<List<LocalDate>> onCommon = DateSpreader.spread(new ArrayList<>(common), count, gap);
        return onCommon.isPresent() ? onCommon : DateSpreader.spread(new ArrayList<>(any), count, gap);
    }

    /** Series: one round per series weekend (spread if there are more weekends), each series on its dates. */
    private List<Placed> placeSeries(Season season, Sport sport, List<String> teams, List<List<int[]>> rounds) {
        List<LocalDate> chosenWeeks = seriesWeeks(season, sport, rounds.size());
        int games = sport.format().gamesPerSeries();
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < rounds.size(); r++) {
            for (int[] g : rounds.get(r)) {
                List<LocalDate> dates = season.seriesDates(sport, teams.get(g[0]), teams.get(g[1]), chosenWeeks.get(r));
                if (dates.size() < games) {
                    throw unsupported(sport, "the week of " + chosenWeeks.get(r) + " has only " + dates.size()
                            + " days on which " + teams.get(g[1]) + " at " + teams.get(g[0]) + " may play");
                }
                for (LocalDate d : dates) {
                    placed.add(new Placed(d, g[0], g[1]));
                }
            }
        }
        return placed;
    }

    private static List<LocalDate> seriesWeeks(Season season, Sport sport, int rounds) {
        List<LocalDate> weeks = season.seriesWeeks(sport);
        if (rounds > weeks.size()) {
            throw unsupported(sport, rounds + " series rounds do not fit in " + weeks.size() + " weekends");
        }
        return DateSpreader.spread(weeks, rounds, 1).orElseThrow();
    }

    // ---------------------------------------------------------------- ids, venues, checks

    private List<Game> number(Season season, Sport sport, List<String> teams, List<Placed> placed) {
        List<Placed> sorted = new ArrayList<>(placed);
        sorted.sort(Comparator.comparing(Placed::date).thenComparingInt(Placed::home).thenComparingInt(Placed::away));
        int width = Math.max(3, String.valueOf(sorted.size()).length());
        List<Game> games = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Placed p = sorted.get(i);
            Team home = season.teams().get(teams.get(p.home()));
            games.add(new Game(String.format("g%0" + width + "d", i + 1), p.date(), home.code(),
                    teams.get(p.away()), venue(sport, home)));
        }
        return List.copyOf(games);
    }

    /** The home venue of a game in this sport (see the class comment). */
    public static String venue(Sport sport, Team home) {
        return switch (sport.code()) {
            case "FB" -> home.stadium().name();
            case "MBB", "WBB", "VB" -> home.arena().name();
            default -> home.school() + " " + sport.name() + " home venue";
        };
    }

    private static void checkCounts(Sport sport, List<String> teams, List<Game> games) {
        Map<String, Integer> count = new TreeMap<>();
        for (Game g : games) {
            count.merge(g.home(), 1, Integer::sum);
            count.merge(g.away(), 1, Integer::sum);
        }
        int expected = sport.format().totalGamesPerTeam();
        Set<String> wrong = new LinkedHashSet<>();
        for (String t : teams) {
            if (count.getOrDefault(t, 0) != expected) {
                wrong.add(t + "=" + count.getOrDefault(t, 0));
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(sport.code() + ": expected " + expected + " games per team, got " + wrong);
        }
    }

    private static UnsupportedFormatException unsupported(Sport sport, String reason) {
        return new UnsupportedFormatException(sport.code(), sport.format().kind(), reason);
    }
}
