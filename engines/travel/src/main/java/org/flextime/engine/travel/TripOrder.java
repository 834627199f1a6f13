package org.flextime.engine.travel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;

/**
 * The cheapest order in which to visit a trip's stops, home to home: exact, by enumerating every order, for trips of up
 * to {@link #MAX_EXACT} stops (8! orders, a few milliseconds); a larger trip by OR-Tools' vehicle routing (one vehicle
 * from home and back: the cheapest-arc tour improved by local search to a local optimum, deterministic), kept only when
 * cheaper than the given order. The season's road-trip rule bounds a trip by days away (7 in the bundled season, one
 * game a day, so 7 stops), but a season may set a longer limit and a schedule sent to the travel service may play
 * twice a day, so larger trips do occur.
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
        if (stops.size() < 2) {
            return List.copyOf(stops);
        }
        if (stops.size() > MAX_EXACT) {
            List<String> routed = routed(home, stops);
            return cost(home, routed) < cost(home, stops) - 1e-9 ? routed : List.copyOf(stops);
        }
        Search s = new Search(home, stops);
        s.extend(home, 0, 0);
        List<String> out = new ArrayList<>();
        for (int i : s.bestOrder) {
            out.add(stops.get(i));
        }
        return out;
    }

    /** Cents per unit of cost: the routing solver adds whole numbers. */
    private static final double SCALE = 100;

    /** The tour OR-Tools' routing finds: node 0 is home, node i + 1 the i-th stop. */
    private List<String> routed(String home, List<String> stops) {
        Loader.loadNativeLibraries();
        List<String> places = new ArrayList<>();
        places.add(home);
        places.addAll(stops);
        int n = places.size();
        long[][] cents = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cents[i][j] = i == j ? 0 : Math.round(cost.applyAsDouble(places.get(i), places.get(j)) * SCALE);
            }
        }
        RoutingIndexManager manager = new RoutingIndexManager(n, 1, 0);
        RoutingModel routing = new RoutingModel(manager);
        int arc = routing.registerTransitCallback((from, to) -> cents[manager.indexToNode(from)][manager.indexToNode(to)]);
        routing.setArcCostEvaluatorOfAllVehicles(arc);
        RoutingSearchParameters parameters = main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC)
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GREEDY_DESCENT)
                .build();
        Assignment solution = routing.solveWithParameters(parameters);
        if (solution == null) {
            return List.copyOf(stops);
        }
        List<String> out = new ArrayList<>();
        for (long at = solution.value(routing.nextVar(routing.start(0))); !routing.isEnd(at);
             at = solution.value(routing.nextVar(at))) {
            out.add(places.get(manager.indexToNode(at)));
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
