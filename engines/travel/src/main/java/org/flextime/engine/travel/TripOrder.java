package org.flextime.engine.travel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * The cheapest order in which to visit a trip's stops, home to home: exact, by enumerating every order, for trips of up
 * to {@link #MAX_EXACT} stops (8! orders, a few milliseconds). The conference's road-trip limits keep trips far shorter
 * (two or three stops), so a larger trip is answered in its given order.
 */
public final class TripOrder {
    /** The most stops ordered exactly. */
    public static final int MAX_EXACT = 8;

    private final ToDoubleBiFunction<String, String> cost;

    /** Orders by the given leg cost (from, to). */
    public TripOrder(ToDoubleBiFunction<String, String> cost) {
        this.cost = cost;
    }

    /** The stops in the order that costs least from {@code home} and back (the given order among equals). */
    public List<String> best(String home, List<String> stops) {
        if (stops.size() < 2 || stops.size() > MAX_EXACT) {
            return List.copyOf(stops);
        }
        Search s = new Search(home, stops);
        s.extend(home, 0, 0);
        List<String> out = new ArrayList<>();
        for (int i : s.bestOrder) {
            out.add(stops.get(i));
        }
        return out;
    }

    /** The cost of visiting the stops in the given order from home and back. */
    public double cost(String home, List<String> stops) {
        double total = 0;
        String at = home;
        for (String s : stops) {
            total += cost.applyAsDouble(at, s);
            at = s;
        }
        return total + cost.applyAsDouble(at, home);
    }

    /** Depth-first over orders, pruning any prefix already as dear as the best whole trip. */
    private final class Search {
        private final String home;
        private final List<String> stops;
        private final boolean[] used;
        private final int[] order;
        private int[] bestOrder;
        private double best;

        Search(String home, List<String> stops) {
            this.home = home;
            this.stops = stops;
            this.used = new boolean[stops.size()];
            this.order = new int[stops.size()];
            this.bestOrder = new int[stops.size()];
            for (int i = 0; i < stops.size(); i++) {
                bestOrder[i] = i;
            }
            this.best = cost(home, stops);
        }

        void extend(String at, int depth, double sofar) {
            if (depth == stops.size()) {
                double total = sofar + cost.applyAsDouble(at, home);
                if (total < best - 1e-9) {
                    best = total;
                    bestOrder = order.clone();
                }
                return;
            }
            for (int i = 0; i < stops.size(); i++) {
                if (!used[i]) {
                    double next = sofar + cost.applyAsDouble(at, stops.get(i));
                    if (next < best) {
                        used[i] = true;
                        order[depth] = i;
                        extend(stops.get(i), depth + 1, next);
                        used[i] = false;
                    }
                }
            }
        }
    }
}
