package org.flextime.engine.conflicts.resolution;

import java.util.List;

/**
 * A way to resolve a conflict, found with {@link java.util.ServiceLoader}: the built-in strategies are listed in this
 * module's {@code META-INF/services}, and a plug-in jar lists its own the same way ({@link StrategyCatalog}). A strategy
 * only suggests: every candidate is checked before anyone sees it ({@link Resolver}), so a strategy may be naive, but it
 * must leave pinned games alone, or its candidates are rejected.
 */
public interface ResolutionStrategy {

    /** The strategy's stable name, lower case with hyphens (e.g. {@code move-date}); the API addresses it by this name. */
    String name();

    /** One sentence saying what the strategy changes. */
    String description();

    /** The changes that might resolve the situation's conflict, best guess first; none when the strategy does not apply. */
    List<Candidate> propose(Situation situation);
}
