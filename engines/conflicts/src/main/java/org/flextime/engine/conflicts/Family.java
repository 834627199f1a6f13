package org.flextime.engine.conflicts;

import java.util.Locale;

/** What a conflict is about: a team's days, a venue's days, the calendar, or a rule of the active constraint set. */
public enum Family {
    TEAM, VENUE, CALENDAR, RULES;

    /** The API's name ("team", "venue", "calendar", "rules"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
