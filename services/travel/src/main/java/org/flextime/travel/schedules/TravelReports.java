package org.flextime.travel.schedules;

import java.util.ArrayList;
import java.util.List;

import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.contracts.api.TravelReportView;
import org.flextime.domain.TravelLeg;
import org.flextime.domain.Trip;
import org.flextime.engine.travel.TeamTravel;
import org.flextime.engine.travel.TravelSummary;

/** The engine's travel summary as the public report shows it: each leg named by where it starts and ends. */
final class TravelReports {
    private TravelReports() {
    }

    /** The report of a schedule's current version. */
    static TravelReportView view(ScheduleSummary schedule, TravelSummary s, String priceSource, String priceNote) {
        List<TravelReportView.Team> teams = s.teams().stream().map(TravelReports::team).toList();
        TravelReportView.Spread spread = new TravelReportView.Spread(s.mostExpensive().team(), s.mostExpensive().dollars(),
                s.leastExpensive().team(), s.leastExpensive().dollars(), s.spread());
        return new TravelReportView(schedule.id(), schedule.version(), s.sport(), schedule.season(), s.currency(), s.party(),
                priceSource, priceNote, s.dollars(), s.miles(), round(s.hours()), s.zoneCrossings(), s.trips(), spread, teams);
    }

    private static TravelReportView.Team team(TeamTravel t) {
        return new TravelReportView.Team(t.team(), t.dollars(), t.miles(), round(t.hours()), t.zoneCrossings(), t.nightsAway(),
                t.trips().stream().map(TravelReports::trip).toList());
    }

    private static TravelReportView.Trip trip(Trip t) {
        List<TravelReportView.Leg> legs = new ArrayList<>();
        for (int i = 0; i < t.legs().size(); i++) {
            TravelLeg l = t.legs().get(i);
            String from = i == 0 ? t.team() : t.stops().get(i - 1);
            String to = i < t.stops().size() ? t.stops().get(i) : t.team();
            legs.add(new TravelReportView.Leg(from, to, l.mode().label(), round(l.miles()), round(l.roadMiles()),
                    round(l.dollars()), round(l.hours()), l.zonesCrossed()));
        }
        return new TravelReportView.Trip(t.stops(), t.firstGame(), t.lastGame(), t.nightsAway(), Math.round(t.dollars()), legs);
    }

    /** Two decimals: cents and hundredths of a mile or hour are as exact as the model is. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
