package org.flextime.rules;

/** HARD rules make a schedule infeasible; SOFT rules only cost penalty points. */
public enum Severity {
    HARD, SOFT
}
