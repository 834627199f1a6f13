package org.flextime.scheduler.export;

import java.util.Optional;

/** Writes a schedule in a format, for the conference or for one team, with the file name a download gets. */
public final class ScheduleExports {

    private final CalendarExport calendar = new CalendarExport();
    private final CsvExport csv = new CsvExport();
    private final WorkbookExport workbook = new WorkbookExport();
    private final JsonExport json = new JsonExport();
    private final RobinxExport robinx = new RobinxExport();

    /**
     * The artifact. {@code team} (a code the schedule plays) keeps only that team's games; {@code robinxTeams} is
     * required for {@link ExportFormat#ROBINX} and ignored otherwise.
     */
    public Artifact export(ScheduleDocument schedule, ExportFormat format, Optional<String> team, Optional<RobinxTeams> robinxTeams) {
        ScheduleDocument games = team.map(schedule::forTeam).orElse(schedule);
        String title = schedule.season() + " " + schedule.sportName() + team.map(t -> " - " + schedule.name(t)).orElse("");
        byte[] content = switch (format) {
            case ICS -> calendar.write(games, title);
            case CSV -> csv.write(games);
            case XLSX -> workbook.write(games);
            case JSON -> json.write(games);
            case ROBINX -> robinx.write(games, robinxTeams.orElseThrow(() -> new IllegalArgumentException("no RobinX ids")));
        };
        return new Artifact(content, format.contentType(), fileName(schedule, format, team));
    }

    /** {@code <season>-<sport>[-<team>]-<schedule id's first 8>.<ext>}, safe on every file system. */
    static String fileName(ScheduleDocument schedule, ExportFormat format, Optional<String> team) {
        String id = schedule.scheduleId().length() > 8 ? schedule.scheduleId().substring(0, 8) : schedule.scheduleId();
        String stem = schedule.season() + "-" + schedule.sport() + team.map(t -> "-" + t).orElse("") + "-" + id;
        return stem.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
    }
}
