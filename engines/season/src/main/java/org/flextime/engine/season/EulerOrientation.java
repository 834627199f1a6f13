package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Chooses home and away for a set of single meetings so that every team's home and away counts differ by at
 * most one: walking closed trails of the graph, each team is entered as often as it is left, and "entered"
 * is read as "hosts". Odd-degree teams are first tied to a phantom vertex so every degree is even.
 */
final class EulerOrientation {
    private EulerOrientation() {
    }

    /** Returns, for each input pairing, the same two teams oriented home and away. */
    static List<Pairing> orient(int teamCount, List<Pairing> pairs, Random random) {
        int phantom = teamCount;
        List<Pairing> edges = new ArrayList<>(pairs);
        int[] degree = new int[teamCount + 1];
        for (Pairing p : pairs) {
            degree[p.home()]++;
            degree[p.away()]++;
        }
        for (int t = 0; t < teamCount; t++) {
            if (degree[t] % 2 == 1) {
                edges.add(new Pairing(t, phantom));
            }
        }
        List<List<Integer>> incident = new ArrayList<>();
        for (int v = 0; v <= teamCount; v++) {
            incident.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            incident.get(edges.get(e).home()).add(e);
            incident.get(edges.get(e).away()).add(e);
        }
        for (List<Integer> list : incident) {
            Collections.shuffle(list, random);
        }
        boolean[] used = new boolean[edges.size()];
        int[] cursor = new int[teamCount + 1];
        Pairing[] oriented = new Pairing[edges.size()];
        for (int start = 0; start <= teamCount; start++) {
            int v = start;
            while (true) {
                int e = nextUnused(incident.get(v), used, cursor, v);
                if (e < 0) {
                    // with all degrees even a trail can only get stuck where it began, so it is closed
                    break;
                }
                used[e] = true;
                int w = edges.get(e).home() == v ? edges.get(e).away() : edges.get(e).home();
                oriented[e] = new Pairing(w, v);
                v = w;
            }
            if (nextUnused(incident.get(start), used, cursor, start) >= 0) {
                start--;
            }
        }
        List<Pairing> result = new ArrayList<>();
        for (int e = 0; e < pairs.size(); e++) {
            result.add(oriented[e]);
        }
        return result;
    }

    private static int nextUnused(List<Integer> list, boolean[] used, int[] cursor, int v) {
        while (cursor[v] < list.size() && used[list.get(cursor[v])]) {
            cursor[v]++;
        }
        return cursor[v] < list.size() ? list.get(cursor[v]) : -1;
    }
}
