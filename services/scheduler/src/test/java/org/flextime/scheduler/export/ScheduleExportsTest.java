package org.flextime.scheduler.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Solution;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every export of a three-game schedule of real Big 12 schools, parsed back with an independent library: the
 * calendar with ical4j, the CSV with Commons CSV, the workbook with Apache POI, the JSON with Jackson, the RobinX
 * solution with the project's reader.
 */
class ScheduleExportsTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Instant UPDATED = Instant.parse("2026-01-02T03:04:05Z");
    /** KU hosts BYU in January (Central, standard time); Arizona hosts KU and BYU in March, after DST began elsewhere. */
    private static final List<Game> GAMES = List.of(
            new Game("g001", LocalDate.of(2026, 1, 10), "KU", "BYU", "Allen Fieldhouse"),
            new Game("g002", LocalDate.of(2026, 3, 14), "ARIZ", "KU", "McKale Center"),
            new Game("g003", LocalDate.of(2026, 3, 17), "ARIZ", "BYU", "McKale Center"));
    private static final ScheduleDocument SCHEDULE = new ScheduleDocument("5c0e5a1d-0000-4000-8000-000000000001", "2025-26", "MBB",
            "Men's Basketball", "final", UPDATED, GAMES, SEASON.teams());

    private final ScheduleExports exports = new ScheduleExports();

    private static List<VEvent> events(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        return calendar.getComponents(Component.VEVENT);
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }

    private static Instant start(VEvent event) {
        Temporal start = event.<Temporal>getStartDate().orElseThrow().getDate();
        return ((ZonedDateTime) start).toInstant();
    }

    @Test
    void theConferenceCalendarHasOneEventPerGameAtItsVenuesTimeZone() throws Exception {
        Artifact ics = exports.export(SCHEDULE, ExportFormat.ICS, Optional.empty(), Optional.empty());

        List<VEvent> events = events(ics.content());
        assertThat(events).hasSize(3);
        assertThat(ics.contentType()).isEqualTo("text/calendar; charset=utf-8");
        assertThat(ics.fileName()).isEqualTo("2025-26-MBB-5c0e5a1d.ics");
        assertThat(events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("BYU at Kansas (MBB)");
        assertThat(events.get(0).getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Allen Fieldhouse, Lawrence, KS");
        // 19:00 in Lawrence in January is UTC-6
        assertThat(start(events.get(0))).isEqualTo(Instant.parse("2026-01-11T01:00:00Z"));
        // 19:00 in Tucson is UTC-7 all year: Arizona keeps no daylight saving time, while Lawrence moved to UTC-5 on March 8
        assertThat(start(events.get(1))).isEqualTo(Instant.parse("2026-03-15T02:00:00Z"));
        assertThat(new String(ics.content(), StandardCharsets.UTF_8)).contains("DTSTART;TZID=America/Phoenix:20260314T190000",
                "BEGIN:VTIMEZONE", "TZID:America/Chicago", "STATUS:TENTATIVE");
    }

    @Test
    void aTeamsCalendarHoldsOnlyItsGamesWithTheConferenceCalendarsUids() throws Exception {
        List<VEvent> conference = events(exports.export(SCHEDULE, ExportFormat.ICS, Optional.empty(), Optional.empty()).content());
        Artifact kansas = exports.export(SCHEDULE, ExportFormat.ICS, Optional.of("KU"), Optional.empty());

        List<VEvent> events = events(kansas.content());
        assertThat(events).extracting(ScheduleExportsTest::uid)
                .containsExactly(uid(conference.get(0)), uid(conference.get(1)));
        assertThat(kansas.fileName()).isEqualTo("2025-26-MBB-KU-5c0e5a1d.ics");
    }

    @Test
    void twoExportsOfTheSameScheduleGiveTheSameUidsSoAReimportUpdates() throws Exception {
        List<VEvent> first = events(exports.export(SCHEDULE, ExportFormat.ICS, Optional.empty(), Optional.empty()).content());
        List<VEvent> second = events(exports.export(SCHEDULE, ExportFormat.ICS, Optional.empty(), Optional.empty()).content());

        assertThat(first).extracting(ScheduleExportsTest::uid).containsExactly(
                "5c0e5a1d-0000-4000-8000-000000000001-g001@flextime", "5c0e5a1d-0000-4000-8000-000000000001-g002@flextime",
                "5c0e5a1d-0000-4000-8000-000000000001-g003@flextime");
        assertThat(second).extracting(ScheduleExportsTest::uid).isEqualTo(first.stream().map(ScheduleExportsTest::uid).toList());
    }

    @Test
    void aMovedGameKeepsItsUidWithAHigherSequenceSoACalendarUpdatesIt() throws Exception {
        List<Game> moved = List.of(new Game("g001", LocalDate.of(2026, 1, 12), "KU", "BYU", "Allen Fieldhouse"), GAMES.get(1), GAMES.get(2));
        ScheduleDocument edited = new ScheduleDocument(SCHEDULE.scheduleId(), "2025-26", "MBB", "Men's Basketball", "final", UPDATED,
                moved, SEASON.teams(), java.util.Map.of("g001", 1));

        List<VEvent> events = events(exports.export(edited, ExportFormat.ICS, Optional.empty(), Optional.empty()).content());

        assertThat(events).extracting(ScheduleExportsTest::uid).first().isEqualTo("5c0e5a1d-0000-4000-8000-000000000001-g001@flextime");
        assertThat(events).extracting(e -> e.getProperty(Property.SEQUENCE).orElseThrow().getValue()).containsExactly("1", "0", "0");
    }

    @Test
    void aGameOfTeamsWithoutACampusIsAnAllDayEvent() throws Exception {
        ScheduleDocument abstractTeams = new ScheduleDocument("r1", "robinx:Tiny", "ROBINX", "ROBINX", "final", UPDATED,
                List.of(new Game("g001", LocalDate.of(2001, 1, 1), "TAA", "TAB", null)), java.util.Map.of());

        List<VEvent> events = events(exports.export(abstractTeams, ExportFormat.ICS, Optional.empty(), Optional.empty()).content());

        assertThat(events).hasSize(1);
        assertThat((Temporal) events.get(0).<Temporal>getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2001, 1, 1));
    }

    @Test
    void theCsvHasAHeaderAndOneGameARow() throws Exception {
        Artifact csv = exports.export(SCHEDULE, ExportFormat.CSV, Optional.empty(), Optional.empty());

        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(csv.content()), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(parser.getHeaderNames()).containsExactly(CsvExport.HEADER);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).get("game")).isEqualTo("g002");
            assertThat(rows.get(1).get("date")).isEqualTo("2026-03-14");
            assertThat(rows.get(1).get("home")).isEqualTo("ARIZ");
            assertThat(rows.get(1).get("away_school")).isEqualTo("Kansas");
            assertThat(rows.get(1).get("venue")).isEqualTo("McKale Center");
        }
        assertThat(csv.contentType()).isEqualTo("text/csv; charset=utf-8");
    }

    @Test
    void aTeamsCsvHoldsOnlyItsGames() throws Exception {
        Artifact csv = exports.export(SCHEDULE, ExportFormat.CSV, Optional.of("BYU"), Optional.empty());

        try (CSVParser parser = CSVParser.parse(new String(csv.content(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getRecords()).extracting(r -> r.get("game")).containsExactly("g001", "g003");
        }
    }

    @Test
    void theWorkbookHasASheetPerView() throws Exception {
        Artifact xlsx = exports.export(SCHEDULE, ExportFormat.XLSX, Optional.empty(), Optional.empty());

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            Sheet byDate = book.getSheet(WorkbookExport.BY_DATE);
            assertThat(byDate.getLastRowNum()).isEqualTo(3);
            assertThat(byDate.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 10));
            assertThat(byDate.getRow(1).getCell(2).getStringCellValue()).isEqualTo("BYU");
            Sheet byTeam = book.getSheet(WorkbookExport.BY_TEAM);
            // ARIZ's two games, BYU's two, KU's two
            assertThat(byTeam.getLastRowNum()).isEqualTo(6);
            assertThat(byTeam.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ARIZ");
            assertThat(byTeam.getRow(1).getCell(2).getStringCellValue()).isEqualTo("KU");
            assertThat(byTeam.getRow(1).getCell(3).getStringCellValue()).isEqualTo("home");
            Sheet matrix = book.getSheet(WorkbookExport.MATRIX);
            // rows and columns ARIZ, BYU, KU: ARIZ hosted BYU on March 17, KU hosted BYU on January 10
            assertThat(matrix.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2026-03-17");
            assertThat(matrix.getRow(3).getCell(2).getStringCellValue()).isEqualTo("2026-01-10");
            assertThat(matrix.getRow(2).getCell(1)).isNull();
        }
    }

    @Test
    void theJsonHoldsTheScheduleAndItsGames() throws Exception {
        Artifact json = exports.export(SCHEDULE, ExportFormat.JSON, Optional.of("KU"), Optional.empty());

        JsonNode root = JsonMapper.builder().build().readTree(json.content());
        assertThat(root.get("scheduleId").asString()).isEqualTo(SCHEDULE.scheduleId());
        assertThat(root.get("games").asInt()).isEqualTo(2);
        assertThat(root.get("schedule").get(1).get("date").asString()).isEqualTo("2026-03-14");
        assertThat(root.get("schedule").get(1).get("away").asString()).isEqualTo("KU");
    }

    @Test
    void aGameWithItsOwnStartShowsItInEveryExport() throws Exception {
        List<Game> doubleheader = List.of(GAMES.get(0), GAMES.get(1).withStart(java.time.LocalTime.of(13, 0)), GAMES.get(2));
        ScheduleDocument timed = new ScheduleDocument(SCHEDULE.scheduleId(), "2025-26", "MBB", "Men's Basketball", "final", UPDATED,
                doubleheader, SEASON.teams());

        List<VEvent> events = events(exports.export(timed, ExportFormat.ICS, Optional.empty(), Optional.empty()).content());
        // 13:00 in Tucson (UTC-7) is 20:00 UTC; the others stay at the usual 19:00, tentative
        assertThat(start(events.get(1))).isEqualTo(Instant.parse("2026-03-14T20:00:00Z"));
        assertThat(events).extracting(e -> e.getProperty(Property.STATUS).orElseThrow().getValue())
                .containsExactly("TENTATIVE", "CONFIRMED", "TENTATIVE");
        assertThat(events.get(1).getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("Men's Basketball, 2025-26. Starts at 13:00 local time.");

        try (CSVParser parser = CSVParser.parse(new String(exports.export(timed, ExportFormat.CSV, Optional.empty(), Optional.empty())
                .content(), StandardCharsets.UTF_8), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getRecords()).extracting(r -> r.get("start")).containsExactly("", "13:00", "");
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.export(timed, ExportFormat.XLSX, Optional.empty(),
                Optional.empty()).content()))) {
            Sheet byDate = book.getSheet(WorkbookExport.BY_DATE);
            assertThat(byDate.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Start");
            assertThat(byDate.getRow(2).getCell(6).getStringCellValue()).isEqualTo("13:00");
            assertThat(byDate.getRow(1).getCell(6).getStringCellValue()).isEmpty();
        }
        JsonNode root = JsonMapper.builder().build().readTree(exports.export(timed, ExportFormat.JSON, Optional.empty(),
                Optional.empty()).content());
        assertThat(root.get("schedule").get(1).get("start").asString()).isEqualTo("13:00");
        assertThat(root.get("schedule").get(0).get("start").isNull()).isTrue();
    }

    @Test
    void theRobinxSolutionNumbersTeamsAndSlotsAsTheInstanceDoes() throws Exception {
        RobinxTeams ids = new RobinxTeams("Tiny", List.of("ARIZ", "BYU", "KU"), LocalDate.of(2026, 1, 1), matches -> Optional.empty());

        Artifact xml = exports.export(SCHEDULE, ExportFormat.ROBINX, Optional.empty(), Optional.of(ids));

        Solution solution = new RobinxReader().readSolution(new ByteArrayInputStream(xml.content()), "export");
        assertThat(solution.metaData().instanceName()).isEqualTo("Tiny");
        assertThat(solution.games()).containsExactly(new ScheduledMatch(2, 1, 9), new ScheduledMatch(0, 2, 72),
                new ScheduledMatch(0, 1, 75));
        assertThat(xml.fileName()).isEqualTo("2025-26-MBB-5c0e5a1d.xml");
    }

    @Test
    void aFormatIsFoundByItsNameOrItsFileExtension() {
        assertThat(ExportFormat.byId("XLSX")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.byId("pdf")).isEmpty();
        assertThat(ExportFormat.byFileName("out/schedule.xml")).contains(ExportFormat.ROBINX);
        assertThat(ExportFormat.byFileName("schedule.ICS")).contains(ExportFormat.ICS);
        assertThat(ExportFormat.byFileName("schedule")).isEmpty();
    }
}
