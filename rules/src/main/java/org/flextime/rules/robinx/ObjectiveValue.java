package org.flextime.rules.robinx;

/** The scores a solution file claims: infeasibility (hard) and objective (soft). */
public record ObjectiveValue(long infeasibility, long objective) {
}
