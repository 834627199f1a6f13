package org.flextime.rules;

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
            g001,2025-12-30,ARIZ,HOU
            g002,2025-12-30,ASU,COL
            g003,2025-12-30,BYU,CIN
            g004,2025-12-30,ISU,UTAH
            g005,2025-12-30,KU,OSU
            g006,2025-12-30,TCU,WVU
            g007,2025-12-30,TTU,KSU
            g008,2025-12-30,UCF,BAY
            g009,2026-01-03,BYU,TCU
            g010,2026-01-03,CIN,ASU
            g011,2026-01-03,COL,ARIZ
            g012,2026-01-03,HOU,ISU
            g013,2026-01-03,KSU,UCF
            g014,2026-01-03,OSU,WVU
            g015,2026-01-03,TTU,KU
            g016,2026-01-03,UTAH,BAY
            g017,2026-01-06,ARIZ,OSU
            g018,2026-01-06,ASU,TTU
            g019,2026-01-06,BAY,KU
            g020,2026-01-06,CIN,UTAH
            g021,2026-01-06,HOU,COL
            g022,2026-01-06,TCU,ISU
            g023,2026-01-06,UCF,BYU
            g024,2026-01-06,WVU,KSU
            g025,2026-01-10,BAY,CIN
            g026,2026-01-10,COL,TCU
            g027,2026-01-10,ISU,UCF
            g028,2026-01-10,KU,ASU
            g029,2026-01-10,KSU,ARIZ
            g030,2026-01-10,OSU,HOU
            g031,2026-01-10,UTAH,TTU
            g032,2026-01-10,WVU,BYU
            g033,2026-01-13,ARIZ,ISU
            g034,2026-01-13,ASU,UTAH
            g035,2026-01-13,BYU,HOU
            g036,2026-01-13,CIN,KU
            g037,2026-01-13,OSU,UCF
            g038,2026-01-13,TCU,KSU
            g039,2026-01-13,TTU,BAY
            g040,2026-01-13,WVU,COL
            g041,2026-01-17,BAY,ISU
            g042,2026-01-17,COL,BYU
            g043,2026-01-17,HOU,ASU
            g044,2026-01-17,KU,TCU
            g045,2026-01-17,KSU,OSU
            g046,2026-01-17,UCF,TTU
            g047,2026-01-17,UTAH,ARIZ
            g048,2026-01-17,WVU,CIN
            g049,2026-01-20,ASU,BYU
            g050,2026-01-20,CIN,OSU
            g051,2026-01-20,COL,TTU
            g052,2026-01-20,HOU,UCF
            g053,2026-01-20,ISU,KU
            g054,2026-01-20,KSU,UTAH
            g055,2026-01-20,TCU,BAY
            g056,2026-01-20,WVU,ARIZ
            g057,2026-01-24,ARIZ,ASU
            g058,2026-01-24,BYU,ISU
            g059,2026-01-24,COL,KSU
            g060,2026-01-24,KU,HOU
            g061,2026-01-24,OSU,BAY
            g062,2026-01-24,TTU,TCU
            g063,2026-01-24,UCF,CIN
            g064,2026-01-24,UTAH,WVU
            g065,2026-01-27,BAY,ARIZ
            g066,2026-01-27,CIN,KSU
            g067,2026-01-27,ISU,ASU
            g068,2026-01-27,KU,COL
            g069,2026-01-27,TCU,UCF
            g070,2026-01-27,TTU,OSU
            g071,2026-01-27,UTAH,BYU
            g072,2026-01-27,WVU,HOU
            g073,2026-01-31,ARIZ,TCU
            g074,2026-01-31,ASU,OSU
            g075,2026-01-31,CIN,ISU
            g076,2026-01-31,COL,UTAH
            g077,2026-01-31,HOU,BAY
            g078,2026-01-31,KSU,KU
            g079,2026-01-31,TTU,BYU
            g080,2026-01-31,UCF,WVU
            g081,2026-02-03,ARIZ,WVU
            g082,2026-02-03,BAY,TCU
            g083,2026-02-03,BYU,ASU
            g084,2026-02-03,KU,ISU
            g085,2026-02-03,OSU,CIN
            g086,2026-02-03,TTU,COL
            g087,2026-02-03,UCF,HOU
            g088,2026-02-03,UTAH,KSU
            g089,2026-02-07,ASU,ARIZ
            g090,2026-02-07,BAY,OSU
            g091,2026-02-07,CIN,UCF
            g092,2026-02-07,HOU,KU
            g093,2026-02-07,ISU,BYU
            g094,2026-02-07,KSU,COL
            g095,2026-02-07,TCU,TTU
            g096,2026-02-07,WVU,UTAH
            g097,2026-02-10,BAY,WVU
            g098,2026-02-10,COL,CIN
            g099,2026-02-10,HOU,TCU
            g100,2026-02-10,ISU,TTU
            g101,2026-02-10,KU,BYU
            g102,2026-02-10,KSU,ASU
            g103,2026-02-10,UCF,ARIZ
            g104,2026-02-10,UTAH,OSU
            g105,2026-02-14,ARIZ,UTAH
            g106,2026-02-14,ASU,HOU
            g107,2026-02-14,BYU,COL
            g108,2026-02-14,CIN,WVU
            g109,2026-02-14,ISU,BAY
            g110,2026-02-14,OSU,KSU
            g111,2026-02-14,TCU,KU
            g112,2026-02-14,TTU,UCF
            g113,2026-02-17,BAY,HOU
            g114,2026-02-17,BYU,TTU
            g115,2026-02-17,ISU,CIN
            g116,2026-02-17,KU,KSU
            g117,2026-02-17,OSU,ASU
            g118,2026-02-17,TCU,ARIZ
            g119,2026-02-17,UTAH,COL
            g120,2026-02-17,WVU,UCF
            g121,2026-02-21,ARIZ,BAY
            g122,2026-02-21,ASU,ISU
            g123,2026-02-21,BYU,UTAH
            g124,2026-02-21,COL,KU
            g125,2026-02-21,HOU,WVU
            g126,2026-02-21,KSU,CIN
            g127,2026-02-21,OSU,TTU
            g128,2026-02-21,UCF,TCU
            g129,2026-02-24,ASU,WVU
            g130,2026-02-24,BAY,BYU
            g131,2026-02-24,CIN,TCU
            g132,2026-02-24,ISU,KSU
            g133,2026-02-24,KU,ARIZ
            g134,2026-02-24,OSU,COL
            g135,2026-02-24,TTU,HOU
            g136,2026-02-24,UCF,UTAH
            g137,2026-02-28,BAY,ASU
            g138,2026-02-28,BYU,ARIZ
            g139,2026-02-28,CIN,TTU
            g140,2026-02-28,KSU,HOU
            g141,2026-02-28,TCU,OSU
            g142,2026-02-28,UCF,COL
            g143,2026-02-28,UTAH,KU
            g144,2026-02-28,WVU,ISU
            g145,2026-03-03,ARIZ,TTU
            g146,2026-03-03,ASU,UCF
            g147,2026-03-03,BYU,KSU
            g148,2026-03-03,COL,BAY
            g149,2026-03-03,HOU,CIN
            g150,2026-03-03,ISU,OSU
            g151,2026-03-03,UTAH,TCU
            g152,2026-03-03,WVU,KU
            g153,2026-03-07,ARIZ,CIN
            g154,2026-03-07,COL,ISU
            g155,2026-03-07,HOU,UTAH
            g156,2026-03-07,KU,UCF
            g157,2026-03-07,KSU,BAY
            g158,2026-03-07,OSU,BYU
            g159,2026-03-07,TCU,ASU
            g160,2026-03-07,TTU,WVU
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
