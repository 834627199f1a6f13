package org.flextime.engine.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/** The Men's Basketball facts every generated schedule must have, checked independently of the generator. */
final class MbbInvariants {
    private MbbInvariants() {
    }

    static void check(Season season, Sport mbb, List<Game> games) {
        assertThat(games).hasSize(160);
        Map<String, List<Game>> byTeam = new TreeMap<>();
        for (Game g : games) {
            byTeam.computeIfAbsent(g.home(), k -> new ArrayList<>()).add(g);
            byTeam.computeIfAbsent(g.away(), k -> new ArrayList<>()).add(g);
        }
        assertThat(byTeam).hasSize(16);
        byTeam.forEach((team, list) -> {
            assertThat(list).as("%s games", team).hasSize(20);
            assertThat(list.stream().filter(g -> g.home().equals(team)).count()).as("%s home games", team).isEqualTo(10);
            Map<String, List<Game>> byOpponent = new HashMap<>();
            list.forEach(g -> byOpponent.computeIfAbsent(g.opponentOf(team), k -> new ArrayList<>()).add(g));
            assertThat(byOpponent).as("%s opponents", team).hasSize(15);
            long twice = byOpponent.values().stream().filter(l -> l.size() == 2).count();
            long once = byOpponent.values().stream().filter(l -> l.size() == 1).count();
            assertThat(twice).as("%s opponents twice", team).isEqualTo(5);
            assertThat(once).as("%s opponents once", team).isEqualTo(10);
            byOpponent.forEach((opp, pair) -> {
                if (pair.size() == 2) {
                    assertThat(pair.get(0).home()).as("%s-%s home and away", team, opp).isNotEqualTo(pair.get(1).home());
                }
            });
            List<Game> ordered = list.stream().sorted(java.util.Comparator.comparing(Game::date)).toList();
            int road = 0;
            for (Game g : ordered) {
                road = g.away().equals(team) ? road + 1 : 0;
                assertThat(road).as("%s road streak at %s", team, g.id()).isLessThanOrEqualTo(2);
            }
            for (List<Game> end : List.of(ordered.subList(0, 4), ordered.subList(16, 20))) {
                long home = end.stream().filter(g -> g.home().equals(team)).count();
                assertThat(home).as("%s home games among first/last four", team).isBetween(2L, 2L);
            }
            List<LocalDate> dates = list.stream().map(Game::date).sorted().toList();
            for (int i = 1; i < dates.size(); i++) {
                assertThat(dates.get(i)).as("%s twice on a day", team).isNotEqualTo(dates.get(i - 1));
                assertThat(dates.get(i)).as("%s on consecutive days", team).isNotEqualTo(dates.get(i - 1).plusDays(1));
            }
        });
        for (Game g : games) {
            assertThat(mbb.window().contains(g.date())).as("%s in window", g.id()).isTrue();
            assertThat(mbb.window().playDays()).as("%s play day", g.id()).contains(g.date().getDayOfWeek());
            assertThat(season.isBlackedOut(g.home(), g.date()) || season.isBlackedOut(g.away(), g.date()))
                    .as("%s blackout", g.id()).isFalse();
            if (g.involves("BYU")) {
                assertThat(g.date().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
            }
            assertThat(g.venue()).isEqualTo(season.teams().get(g.home()).arena().name());
        }
        for (int i = 0; i < games.size(); i++) {
            assertThat(games.get(i).id()).isEqualTo(String.format("g%03d", i + 1));
            if (i > 0) {
                assertThat(games.get(i).date()).isAfterOrEqualTo(games.get(i - 1).date());
            }
        }
    }
}
