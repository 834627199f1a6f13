package org.flextime.scheduler.api;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Takes one user's job requests one at a time, from counting their active jobs to committing the new one, so
 * requests sent at once cannot all pass the per-user limit on the same count. Striped: users sharing a stripe wait
 * for each other, and the locks never grow. It holds within this process; each scheduler replica serialises its own.
 */
final class RequesterLocks {

    private final ReentrantLock[] stripes;

    /** {@code stripes} locks shared among all users. */
    RequesterLocks(int stripes) {
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code action} holding the lock of {@code user} (no user: no lock). */
    <T> T oneAtATime(Optional<String> user, Supplier<T> action) {
        if (user.isEmpty()) {
            return action.get();
        }
        ReentrantLock lock = stripes[Math.floorMod(user.get().hashCode(), stripes.length)];
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
