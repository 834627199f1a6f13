package org.flextime.platform.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for tests that start servers. The ports are taken below Linux's ephemeral range (32768 and up):
 * a port the system handed out as "free" and the test then let go of can be given to the next outgoing connection
 * (a database or Redis client) before the server binds it, so asking the system for port 0 is not safe when a whole
 * block of ports is needed.
 */
public final class TestPorts {

    private static final int LOWEST = 20000;
    private static final int HIGHEST = 32000;

    private TestPorts() {
    }

    /** The first of count consecutive ports that are all free on the loopback address now. */
    public static int freeBlock(int count) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST - count);
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new IllegalStateException("no block of " + count + " free ports between " + LOWEST + " and " + HIGHEST);
    }

    /** One free port. */
    public static int free() {
        return freeBlock(1);
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
