package org.flextime.constraints.engine;

import java.time.LocalDate;
import java.util.List;

import org.flextime.domain.Game;
import org.flextime.domain.Season;

/**
 * A full Men's Basketball 2025-26 season as SeasonGenerator produced it for seed 42 (id, date, home, away).
 * The constraints module does not depend on the scheduler (services share only contracts and domain), so
 * the generator's output is kept here as a golden schedule; bench, which sees both, checks the live output.
 */
final class GeneratedMbbSchedule {
    private static final String CSV = """
            g001,2025-12-30,ARIZ,ASU
            g002,2025-12-30,BAY,OSU
            g003,2025-12-30,BYU,ISU
            g004,2025-12-30,HOU,KU
            g005,2025-12-30,KSU,COL
            g006,2025-12-30,TTU,TCU
            g007,2025-12-30,UCF,CIN
            g008,2025-12-30,WVU,UTAH
            g009,2026-01-03,CIN,BAY
            g010,2026-01-03,HOU,OSU
            g011,2026-01-03,KU,ASU
            g012,2026-01-03,KSU,ARIZ
            g013,2026-01-03,TCU,COL
            g014,2026-01-03,UCF,ISU
            g015,2026-01-03,UTAH,TTU
            g016,2026-01-03,WVU,BYU
            g017,2026-01-06,ASU,HOU
            g018,2026-01-06,BAY,ISU
            g019,2026-01-06,BYU,COL
            g020,2026-01-06,CIN,WVU
            g021,2026-01-06,KU,TCU
            g022,2026-01-06,KSU,OSU
            g023,2026-01-06,TTU,UCF
            g024,2026-01-06,UTAH,ARIZ
            g025,2026-01-10,ARIZ,OSU
            g026,2026-01-10,BAY,KU
            g027,2026-01-10,CIN,UTAH
            g028,2026-01-10,COL,HOU
            g029,2026-01-10,ISU,TCU
            g030,2026-01-10,TTU,ASU
            g031,2026-01-10,UCF,BYU
            g032,2026-01-10,WVU,KSU
            g033,2026-01-13,ARIZ,TCU
            g034,2026-01-13,BYU,TTU
            g035,2026-01-13,COL,UTAH
            g036,2026-01-13,HOU,BAY
            g037,2026-01-13,ISU,CIN
            g038,2026-01-13,KU,KSU
            g039,2026-01-13,OSU,ASU
            g040,2026-01-13,UCF,WVU
            g041,2026-01-17,ARIZ,ISU
            g042,2026-01-17,BYU,HOU
            g043,2026-01-17,KU,CIN
            g044,2026-01-17,TCU,KSU
            g045,2026-01-17,TTU,BAY
            g046,2026-01-17,UCF,OSU
            g047,2026-01-17,UTAH,ASU
            g048,2026-01-17,WVU,COL
            g049,2026-01-20,ARIZ,WVU
            g050,2026-01-20,ASU,BYU
            g051,2026-01-20,CIN,OSU
            g052,2026-01-20,COL,TTU
            g053,2026-01-20,HOU,UCF
            g054,2026-01-20,ISU,KU
            g055,2026-01-20,TCU,BAY
            g056,2026-01-20,UTAH,KSU
            g057,2026-01-24,ARIZ,COL
            g058,2026-01-24,ASU,CIN
            g059,2026-01-24,BAY,UTAH
            g060,2026-01-24,HOU,ISU
            g061,2026-01-24,OSU,WVU
            g062,2026-01-24,TCU,BYU
            g063,2026-01-24,TTU,KU
            g064,2026-01-24,UCF,KSU
            g065,2026-01-27,ASU,ISU
            g066,2026-01-27,BAY,ARIZ
            g067,2026-01-27,KU,COL
            g068,2026-01-27,KSU,CIN
            g069,2026-01-27,OSU,TTU
            g070,2026-01-27,TCU,UCF
            g071,2026-01-27,UTAH,BYU
            g072,2026-01-27,WVU,HOU
            g073,2026-01-31,ARIZ,HOU
            g074,2026-01-31,BAY,UCF
            g075,2026-01-31,BYU,CIN
            g076,2026-01-31,COL,ASU
            g077,2026-01-31,ISU,UTAH
            g078,2026-01-31,KSU,TTU
            g079,2026-01-31,OSU,KU
            g080,2026-01-31,WVU,TCU
            g081,2026-02-03,ASU,ARIZ
            g082,2026-02-03,CIN,UCF
            g083,2026-02-03,COL,KSU
            g084,2026-02-03,ISU,BYU
            g085,2026-02-03,KU,HOU
            g086,2026-02-03,OSU,BAY
            g087,2026-02-03,TCU,TTU
            g088,2026-02-03,UTAH,WVU
            g089,2026-02-07,ASU,BAY
            g090,2026-02-07,BYU,ARIZ
            g091,2026-02-07,CIN,TTU
            g092,2026-02-07,COL,UCF
            g093,2026-02-07,ISU,WVU
            g094,2026-02-07,KSU,HOU
            g095,2026-02-07,TCU,OSU
            g096,2026-02-07,UTAH,KU
            g097,2026-02-10,ARIZ,UTAH
            g098,2026-02-10,COL,BYU
            g099,2026-02-10,HOU,ASU
            g100,2026-02-10,ISU,BAY
            g101,2026-02-10,OSU,KSU
            g102,2026-02-10,TCU,KU
            g103,2026-02-10,UCF,TTU
            g104,2026-02-10,WVU,CIN
            g105,2026-02-14,BYU,KU
            g106,2026-02-14,COL,CIN
            g107,2026-02-14,HOU,TCU
            g108,2026-02-14,KSU,ASU
            g109,2026-02-14,OSU,UTAH
            g110,2026-02-14,TTU,ISU
            g111,2026-02-14,UCF,ARIZ
            g112,2026-02-14,WVU,BAY
            g113,2026-02-17,ASU,OSU
            g114,2026-02-17,BAY,HOU
            g115,2026-02-17,CIN,ISU
            g116,2026-02-17,KSU,KU
            g117,2026-02-17,TCU,ARIZ
            g118,2026-02-17,TTU,BYU
            g119,2026-02-17,UTAH,COL
            g120,2026-02-17,WVU,UCF
            g121,2026-02-21,ASU,WVU
            g122,2026-02-21,BAY,BYU
            g123,2026-02-21,CIN,TCU
            g124,2026-02-21,HOU,TTU
            g125,2026-02-21,KU,ARIZ
            g126,2026-02-21,KSU,ISU
            g127,2026-02-21,OSU,COL
            g128,2026-02-21,UTAH,UCF
            g129,2026-02-24,BAY,TCU
            g130,2026-02-24,BYU,ASU
            g131,2026-02-24,KU,ISU
            g132,2026-02-24,KSU,UTAH
            g133,2026-02-24,OSU,CIN
            g134,2026-02-24,TTU,COL
            g135,2026-02-24,UCF,HOU
            g136,2026-02-24,WVU,ARIZ
            g137,2026-02-28,ASU,TCU
            g138,2026-02-28,BAY,KSU
            g139,2026-02-28,CIN,ARIZ
            g140,2026-02-28,ISU,COL
            g141,2026-02-28,KU,UCF
            g142,2026-02-28,OSU,BYU
            g143,2026-02-28,TTU,WVU
            g144,2026-02-28,UTAH,HOU
            g145,2026-03-03,ARIZ,BAY
            g146,2026-03-03,BYU,UTAH
            g147,2026-03-03,CIN,KSU
            g148,2026-03-03,COL,KU
            g149,2026-03-03,HOU,WVU
            g150,2026-03-03,ISU,ASU
            g151,2026-03-03,TTU,OSU
            g152,2026-03-03,UCF,TCU
            g153,2026-03-07,ARIZ,TTU
            g154,2026-03-07,ASU,UCF
            g155,2026-03-07,BYU,KSU
            g156,2026-03-07,COL,BAY
            g157,2026-03-07,HOU,CIN
            g158,2026-03-07,ISU,OSU
            g159,2026-03-07,KU,WVU
            g160,2026-03-07,TCU,UTAH
            """;

    private GeneratedMbbSchedule() {
    }

    static List<Game> games(Season season) {
        return CSV.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
            String[] f = l.split(",");
            return new Game(f[0], LocalDate.parse(f[1]), f[2], f[3], season.teams().get(f[2]).arena().name());
        }).toList();
    }
}
