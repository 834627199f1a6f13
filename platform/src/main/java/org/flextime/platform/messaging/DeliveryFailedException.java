package org.flextime.platform.messaging;

/** A consumer could not handle an event this time; the transport retries it later. */
public class DeliveryFailedException extends RuntimeException {

    /** A failure with its cause. */
    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
