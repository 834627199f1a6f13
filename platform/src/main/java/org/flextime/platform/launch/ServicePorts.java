package org.flextime.platform.launch;

import java.util.Map;

/** Where each service listens, as an offset from the gateway's port: the one place the layout is written down. */
public final class ServicePorts {

    /** Offsets from the gateway's port, by service name. */
    public static final Map<String, Integer> OFFSETS = Map.of(
            "gateway", 0, "scheduler", 1, "constraints", 2, "conflicts", 3,
            "travel", 4, "intelligence", 5, "state", 6, "communication-hub", 7, "identity", 8);

    private ServicePorts() {
    }

    /** The offset of one service. */
    public static int offset(String service) {
        Integer offset = OFFSETS.get(service);
        if (offset == null) {
            throw new IllegalArgumentException("no service named " + service);
        }
        return offset;
    }
}
