package org.flextime.scheduler.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;

/**
 * A schedule as CSV (Commons CSV, RFC 4180): a header, then one game a row in date order. {@code start} is the game's own
 * local start "HH:mm", empty when none is set (the sport's usual start applies).
 */
public final class CsvExport {

    /** The columns, in order. */
    public static final String[] HEADER = {"game", "date", "weekday", "start", "home", "home_school", "away", "away_school", "venue",
            "sport", "season", "schedule"};

    /** The document's games as CSV. */
    public byte[] write(ScheduleDocument schedule) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Game g : schedule.games()) {
                csv.printRecord(g.id(), g.date(), g.date().getDayOfWeek(),
                        g.start() == null ? "" : GameStarts.text(g.start()), g.home(), schedule.name(g.home()), g.away(),
                        schedule.name(g.away()), g.venue() == null ? "" : g.venue(), schedule.sport(), schedule.season(),
                        schedule.scheduleId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
