package org.flextime.scheduler.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.flextime.contracts.api.JobView;
import org.flextime.contracts.api.ScheduleListItem;
import org.flextime.platform.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Listing schedules and jobs on H2 and on a real PostgreSQL: filters, newest first, and pages joined by a cursor. */
class ListingsDatabaseTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private Jobs jobs;
    private Schedules schedules;
    private Sagas sagas;
    private Listings listings;
    private JdbcTemplate jdbc;

    private void open(String database) {
        jdbc = new JdbcTemplate(TestDatabases.migratedSchema(database, "scheduler"));
        jobs = new Jobs(jdbc);
        sagas = new Sagas(jdbc);
        schedules = new Schedules(jdbc);
        listings = new Listings(jdbc, jobs);
    }

    /** Five jobs one after the other: MBB, FB, MBB, MBB (robinx instance season), MBB; the last two completed. */
    private void fiveJobs() throws InterruptedException {
        String[][] rows = {{"j1", "MBB", "2025-26"}, {"j2", "FB", "2025-26"}, {"j3", "MBB", "2025-26"}, {"j4", "ROBINX", "robinx:ITC2021_Test2"},
                {"j5", "MBB", "2025-26"}};
        for (String[] r : rows) {
            jobs.insert(r[0], null, "s" + r[0].substring(1), r[1], r[2], null, 20, "queued");
            schedules.insertDraft("s" + r[0].substring(1), r[0], r[1], r[2], List.of(), 0);
            Thread.sleep(3);
        }
        jobs.update("j4", "completed", "finalize", null);
        jobs.update("j5", "completed", "finalize", null);
        schedules.finalizeSchedule("s5");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void pagesFollowEachOtherNewestFirstThroughTheCursor(String database) throws Exception {
        open(database);
        fiveJobs();
        Listings.Filter all = new Listings.Filter(null, null, null);

        Listings.Rows<JobView> first = listings.jobs(all, null, 2);
        Listings.Rows<JobView> second = listings.jobs(all, Cursor.decode(first.next().encode()), 2);
        Listings.Rows<JobView> third = listings.jobs(all, second.next(), 2);

        assertThat(first.items()).extracting(JobView::id).containsExactly("j5", "j4");
        assertThat(second.items()).extracting(JobView::id).containsExactly("j3", "j2");
        assertThat(third.items()).extracting(JobView::id).containsExactly("j1");
        assertThat(third.next()).isNull();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void jobsAreFilteredBySeasonSportAndState(String database) throws Exception {
        open(database);
        fiveJobs();

        assertThat(listings.jobs(new Listings.Filter("2025-26", "MBB", null), null, 10).items()).extracting(JobView::id)
                .containsExactly("j5", "j3", "j1");
        assertThat(listings.jobs(new Listings.Filter(null, null, "completed"), null, 10).items()).extracting(JobView::id)
                .containsExactly("j5", "j4");
        assertThat(listings.jobs(new Listings.Filter("robinx:ITC2021_Test2", null, null), null, 10).items()).extracting(JobView::sport)
                .containsExactly("ROBINX");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void schedulesAreFilteredByStateAndPaged(String database) throws Exception {
        open(database);
        fiveJobs();

        assertThat(listings.schedules(new Listings.Filter(null, null, "final"), null, 10).items()).extracting(ScheduleListItem::id)
                .containsExactly("s5");
        Listings.Rows<ScheduleListItem> drafts = listings.schedules(new Listings.Filter("2025-26", null, "draft"), null, 2);
        assertThat(drafts.items()).extracting(ScheduleListItem::id).containsExactly("s3", "s2");
        assertThat(listings.schedules(new Listings.Filter("2025-26", null, "draft"), drafts.next(), 2).items())
                .extracting(ScheduleListItem::id).containsExactly("s1");
        assertThat(listings.schedule("s2").orElseThrow().jobId()).isEqualTo("j2");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void schedulesAreFilteredByEditorialStatusAndShowItWithTheirVersion(String database) throws Exception {
        open(database);
        fiveJobs();
        jdbc.update("UPDATE schedule SET status = 'published', version = 3 WHERE id = 's5'");

        List<ScheduleListItem> published = listings.schedules(new Listings.Filter(null, null, null, "published"), null, 10).items();

        assertThat(published).extracting(ScheduleListItem::id).containsExactly("s5");
        assertThat(published.get(0).version()).isEqualTo(3);
        assertThat(listings.schedules(new Listings.Filter("2025-26", "MBB", null, "draft"), null, 10).items())
                .extracting(ScheduleListItem::id).containsExactly("s3", "s1");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aJobShowsItsEngineTeamsAndSkippedSteps(String database) throws Exception {
        open(database);
        fiveJobs();
        jobs.engine("j4", "itc2021", "robinx instance with ITC2021 constraints", null);
        sagas.stepSkipped("j4", "detectConflicts", 3, "no venues");
        sagas.stepSkipped("j4", "optimizeTravel", 1, "no campuses");
        jobs.engine("j1", "season", "season 2025-26, sport MBB: the season engine", List.of("KU", "BYU"));

        JobView instance = jobs.find("j4").orElseThrow();
        JobView pod = jobs.find("j1").orElseThrow();

        assertThat(instance.engine()).isEqualTo("itc2021");
        assertThat(instance.reason()).isEqualTo("robinx instance with ITC2021 constraints");
        assertThat(instance.teams()).isNull();
        assertThat(instance.skippedSteps()).containsExactly(new JobView.SkippedStep("optimizeTravel", "no campuses"),
                new JobView.SkippedStep("detectConflicts", "no venues"));
        assertThat(pod.teams()).containsExactly("KU", "BYU");
        assertThat(pod.skippedSteps()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aCursorThisServiceDidNotHandOutIsRefused() {
        assertThat(Cursor.decode(new Cursor(Instant.parse("2026-01-02T03:04:05.123456Z"), "j9").encode()))
                .isEqualTo(new Cursor(Instant.parse("2026-01-02T03:04:05.123456Z"), "j9"));
        assertThatThrownBy(() -> Cursor.decode("not-a-cursor")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.decode("%%%")).isInstanceOf(IllegalArgumentException.class);
    }
}
