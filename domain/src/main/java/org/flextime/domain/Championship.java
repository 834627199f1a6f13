package org.flextime.domain;

import java.time.LocalDate;

/** A sport's championship game: its date and site. */
public record Championship(LocalDate date, String site) {
}
