package org.flextime.rules.robinx;

/** One game of a solution: {@code home} hosts {@code away} in {@code slot}. */
public record ScheduledMatch(int home, int away, int slot) {
}
