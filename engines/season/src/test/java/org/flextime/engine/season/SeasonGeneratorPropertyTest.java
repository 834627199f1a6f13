package org.flextime.engine.season;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;

class SeasonGeneratorPropertyTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Sport MBB = SEASON.sport("MBB").orElseThrow();

    @Property(tries = 25)
    void everySeedGivesAnExactMensBasketballSeason(@ForAll long seed) {
        List<Game> games = new SeasonGenerator().generate(SEASON, MBB, seed);
        MbbInvariants.check(SEASON, MBB, games);
    }
}
