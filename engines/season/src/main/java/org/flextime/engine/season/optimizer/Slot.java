package org.flextime.engine.season.optimizer;

import java.time.LocalDate;

/** A place in the season a meeting can be put: a round's date, or the Monday of a series week. */
public record Slot(int index, LocalDate date) {
}
