package org.flextime.rules.robinx;

/** Which games of a team a constraint counts: home games, away games, or both. */
public enum HomeAwayMode {
    /** Home games only. */
    H,
    /** Away games only. */
    A,
    /** Home and away games. */
    HA;

    /** True when a game played at home (or away, when {@code home} is false) is counted. */
    public boolean counts(boolean home) {
        return this == HA || (this == H) == home;
    }
}
