package org.flextime.engine.ttp;

/** Thrown when a RobinX file cannot be read as a TTP instance or solution; the message is meant for users. */
public class TtpFormatException extends RuntimeException {

    /** Creates the exception with a readable message. */
    public TtpFormatException(String message) {
        super(message);
    }

    /** Creates the exception with a readable message and its cause. */
    public TtpFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
