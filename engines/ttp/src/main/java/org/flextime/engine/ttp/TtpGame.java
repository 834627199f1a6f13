package org.flextime.engine.ttp;

/** One scheduled game: the away team travels to the home team's venue in the given slot. */
public record TtpGame(int home, int away, int slot) {
}
