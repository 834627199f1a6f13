package org.flextime.rules.robinx;

/** CA4 mode2: count the games over all listed slots together, or per listed slot. */
public enum CountMode {
    /** One total over all slots. */
    GLOBAL,
    /** A separate count in every slot. */
    EVERY
}
