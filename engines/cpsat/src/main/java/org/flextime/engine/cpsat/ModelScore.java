package org.flextime.engine.cpsat;

/** A schedule's cost as the CP-SAT model measures it: summed HARD deviation, summed SOFT deviation x penalty. */
public record ModelScore(long infeasibility, long objective) {
}
