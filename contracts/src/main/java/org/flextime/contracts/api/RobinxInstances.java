package org.flextime.contracts.api;

/**
 * How an imported RobinX instance is named between services: the constraints service stores it, the scheduler
 * schedules it, and both must call it the same.
 */
public final class RobinxInstances {

    /** The sport code of every imported instance. */
    public static final String SPORT = "ROBINX";
    /** The prefix of imported instance ids (which are also their season and constraint-set ids): {@code robinx:NAME}. */
    public static final String ID_PREFIX = "robinx:";

    private RobinxInstances() {
    }
}
