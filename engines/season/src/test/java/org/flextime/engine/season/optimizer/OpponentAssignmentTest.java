package org.flextime.engine.season.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonDraft;
import org.flextime.engine.season.SeasonDraft.Meeting;
import org.junit.jupiter.api.Test;

/**
 * The exact assignment of visitors to hosts: teams A, B, C, D a degree of longitude apart (A west), every team keeping
 * its home and away slots, each pair at most once, a protected rivalry where it was drafted.
 */
class OpponentAssignmentTest {
    private static final Sport SPORT = TinySeason.sport(TinySeason.CODES, Optional.empty());
    private static final Season SEASON = TinySeason.season(SPORT, List.of());

    private static SeasonDraft draft(Meeting... meetings) {
        return new SeasonDraft(TinySeason.CODES, List.of(TinySeason.MONDAY, TinySeason.MONDAY.plusDays(7)), List.of(meetings),
                false);
    }

    private static SeasonDraft solve(Sport sport, SeasonDraft draft) {
        RuleBook book = new RuleBook(TinySeason.season(sport, List.of()), sport, SolveOptions.defaults());
        return new OpponentAssignment(SEASON, sport, book).solve(draft, 5_000);
    }

    @Test
    void eachSlotsHostsMeetTheNearestVisitorsTheirPatternAllows() {
        // A hosts D and C hosts B: 3 + 1 degrees of round trips; A hosts B and C hosts D: 1 + 1
        SeasonDraft solved = solve(SPORT, draft(new Meeting(0, "A", "D"), new Meeting(0, "C", "B")));
        assertThat(solved.meetings()).containsExactly(new Meeting(0, "A", "B"), new Meeting(0, "C", "D"));
    }

    @Test
    void noPairMeetsTwice() {
        // both slots would take A-B and C-D (1 + 1 degrees); one gets A-D and C-B (3 + 1), whichever
        SeasonDraft solved = solve(SPORT, draft(new Meeting(0, "A", "D"), new Meeting(0, "C", "B"),
                new Meeting(1, "A", "B"), new Meeting(1, "C", "D")));
        assertThat(solved.meetings().stream().map(m -> m.home() + m.away()))
                .containsExactlyInAnyOrder("AB", "CD", "AD", "CB");
        assertThat(solved.meetings()).allMatch(m -> m.home().equals("A") || m.home().equals("C"));
    }

    @Test
    void aProtectedRivalryStaysWhereItWasDrafted() {
        Sport rivals = new Sport(SPORT.code(), SPORT.name(), SPORT.participants(), SPORT.format(), SPORT.window(),
                Optional.empty(), List.of(List.of("A", "D")), List.of());
        SeasonDraft solved = solve(rivals, draft(new Meeting(0, "A", "D"), new Meeting(0, "C", "B")));
        assertThat(solved.meetings()).containsExactly(new Meeting(0, "A", "D"), new Meeting(0, "C", "B"));
    }

    @Test
    void aFormatWherePairsMeetTwiceIsLeftToTheExchanges() {
        SeasonDraft twice = draft(new Meeting(0, "A", "D"), new Meeting(1, "D", "A"));
        assertThat(OpponentAssignment.applies(twice)).isFalse();
        assertThat(solve(SPORT, twice)).isEqualTo(twice);
    }
}
