package org.flextime.rules.robinx;

/** An ordered pairing used by GA1: {@code home} hosts {@code away}. */
public record Meeting(int home, int away) {
}
