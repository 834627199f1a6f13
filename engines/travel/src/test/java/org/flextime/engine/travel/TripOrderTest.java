package org.flextime.engine.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The exact trip order: every order tried, the cheapest kept, the given order among equals. */
class TripOrderTest {
    /** Stops on a line: home at 0, A at 3, B at 1, C at 2; a leg costs the distance. */
    private static final Map<String, Integer> AT = Map.of("H", 0, "A", 3, "B", 1, "C", 2);
    private static final TripOrder ORDER = new TripOrder((a, b) -> Math.abs(AT.get(a) - AT.get(b)));

    @Test
    void theCheapestOrderIsFound() {
        // A, B, C costs 3 + 2 + 1 + 2 = 8; out to A and back through C and B costs 3 + 1 + 1 + 1 = 6, the least
        assertThat(ORDER.cost("H", List.of("A", "B", "C"))).isEqualTo(8);
        List<String> best = ORDER.best("H", List.of("A", "B", "C"));
        assertThat(best).containsExactly("A", "C", "B");
        assertThat(ORDER.cost("H", best)).isEqualTo(6);
    }

    @Test
    void anOptimalOrderIsKept() {
        assertThat(ORDER.best("H", List.of("B", "C", "A"))).containsExactly("B", "C", "A");
    }

    @Test
    void onAsymmetricCostsItMatchesEveryOrderTried() {
        // six stops, costs drawn at random and different each way: the answer costs what the cheapest of all 720 orders does
        java.util.Random random = new java.util.Random(7);
        List<String> places = List.of("H", "P", "Q", "R", "S", "T", "U");
        Map<String, Double> cost = new java.util.HashMap<>();
        for (String a : places) {
            for (String b : places) {
                cost.put(a + b, a.equals(b) ? 0.0 : 1.0 + random.nextInt(100));
            }
        }
        TripOrder order = new TripOrder((a, b) -> cost.get(a + b));
        List<String> stops = places.subList(1, places.size());
        assertThat(order.cost("H", order.best("H", stops))).isEqualTo(cheapest(order, new java.util.ArrayList<>(), stops));
    }

    @Test
    void aTripOfMoreThanEightStopsIsRoutedToItsCheapestTour() {
        // ten stops on a line at 1..10, given shuffled: the cheapest tour goes out to 10 and back, 20 in all
        Map<String, Integer> at = new java.util.HashMap<>(Map.of("H", 0));
        List<String> shuffled = List.of("s7", "s2", "s10", "s5", "s1", "s9", "s4", "s8", "s3", "s6");
        shuffled.forEach(s -> at.put(s, Integer.parseInt(s.substring(1))));
        TripOrder order = new TripOrder((a, b) -> Math.abs(at.get(a) - at.get(b)));
        List<String> best = order.best("H", shuffled);
        assertThat(best).containsExactlyInAnyOrderElementsOf(shuffled);
        assertThat(order.cost("H", best)).isEqualTo(20);
    }

    @Test
    void aRoutedTripIsNeverDearerThanTheGivenOrder() {
        // nine stops already in their cheapest order: the answer costs no more
        Map<String, Integer> at = new java.util.HashMap<>(Map.of("H", 0));
        List<String> ordered = List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9");
        ordered.forEach(s -> at.put(s, Integer.parseInt(s.substring(1))));
        TripOrder order = new TripOrder((a, b) -> Math.abs(at.get(a) - at.get(b)));
        assertThat(order.best("H", ordered)).containsExactlyElementsOf(ordered);
    }

    private static double cheapest(TripOrder order, List<String> prefix, List<String> stops) {
        if (prefix.size() == stops.size()) {
            return order.cost("H", prefix);
        }
        double best = Double.MAX_VALUE;
        for (String s : stops) {
            if (!prefix.contains(s)) {
                prefix.add(s);
                best = Math.min(best, cheapest(order, prefix, stops));
                prefix.remove(prefix.size() - 1);
            }
        }
        return best;
    }
}
