package org.flextime.scheduler.engine.optimizer;

/** One broken rule of one team (or pair), with its penalty before weighting; the detail tells where. */
public record Breach(String rule, String team, String detail, long penalty) {
}
