package org.flextime.scheduler.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;

/**
 * A schedule as an Excel workbook (Apache POI), a sheet per way people read it: {@value #BY_DATE} (one game a row),
 * {@value #BY_TEAM} (each team's games with opponent and home or away) and {@value #MATRIX} (home team by row,
 * visitor by column, the dates they meet in the cell).
 */
public final class WorkbookExport {

    /** The sheet of games in date order. */
    public static final String BY_DATE = "By date";
    /** The sheet of each team's games. */
    public static final String BY_TEAM = "By team";
    /** The home/away matrix. */
    public static final String MATRIX = "Home-away matrix";

    /** The document's games as an .xlsx workbook. */
    public byte[] write(ScheduleDocument schedule) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            byDate(book.createSheet(BY_DATE), schedule, date);
            byTeam(book.createSheet(BY_TEAM), schedule, date);
            matrix(book.createSheet(MATRIX), schedule);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void byDate(Sheet sheet, ScheduleDocument schedule, CellStyle date) {
        header(sheet, "Date", "Day", "Away", "Home", "Venue", "Game", "Start");
        int r = 1;
        for (Game g : schedule.games()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(g.date());
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue(g.date().getDayOfWeek().toString());
            row.createCell(2).setCellValue(g.away());
            row.createCell(3).setCellValue(g.home());
            row.createCell(4).setCellValue(g.venue() == null ? "" : g.venue());
            row.createCell(5).setCellValue(g.id());
            row.createCell(6).setCellValue(g.start() == null ? "" : GameStarts.text(g.start()));
        }
    }

    private static void byTeam(Sheet sheet, ScheduleDocument schedule, CellStyle date) {
        header(sheet, "Team", "Date", "Opponent", "Home/Away", "Venue", "Game", "Start");
        int r = 1;
        for (String team : schedule.teams()) {
            List<Game> games = new ArrayList<>(schedule.games().stream().filter(g -> g.involves(team)).toList());
            games.sort(Comparator.comparing(Game::date).thenComparing(Game::id));
            for (Game g : games) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(team);
                row.createCell(1).setCellValue(g.date());
                row.getCell(1).setCellStyle(date);
                row.createCell(2).setCellValue(g.opponentOf(team));
                row.createCell(3).setCellValue(g.home().equals(team) ? "home" : "away");
                row.createCell(4).setCellValue(g.venue() == null ? "" : g.venue());
                row.createCell(5).setCellValue(g.id());
                row.createCell(6).setCellValue(g.start() == null ? "" : GameStarts.text(g.start()));
            }
        }
    }

    private static void matrix(Sheet sheet, ScheduleDocument schedule) {
        List<String> teams = schedule.teams();
        Row top = sheet.createRow(0);
        top.createCell(0).setCellValue("Home \\ Away");
        for (int c = 0; c < teams.size(); c++) {
            top.createCell(c + 1).setCellValue(teams.get(c));
        }
        Map<String, List<String>> meetings = new LinkedHashMap<>();
        for (Game g : schedule.games()) {
            meetings.computeIfAbsent(g.home() + "|" + g.away(), k -> new ArrayList<>()).add(g.date().toString());
        }
        for (int r = 0; r < teams.size(); r++) {
            Row row = sheet.createRow(r + 1);
            row.createCell(0).setCellValue(teams.get(r));
            for (int c = 0; c < teams.size(); c++) {
                List<String> dates = meetings.get(teams.get(r) + "|" + teams.get(c));
                if (dates != null) {
                    row.createCell(c + 1).setCellValue(String.join(", ", dates));
                }
            }
        }
    }

    private static void header(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
    }
}
