package org.flextime.constraints.engine;

/** HARD rules make a schedule infeasible; SOFT rules only cost penalty points. */
public enum Severity {
    HARD, SOFT
}
