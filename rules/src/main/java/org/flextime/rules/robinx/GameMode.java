package org.flextime.rules.robinx;

/** Whether the double round robin must be played as two consecutive single round robins. */
public enum GameMode {
    /** Every pair meets exactly once in each half of the season. */
    PHASED,
    /** No restriction on when the two meetings of a pair fall. */
    NON_PHASED
}
