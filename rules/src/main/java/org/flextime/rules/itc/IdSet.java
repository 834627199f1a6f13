package org.flextime.rules.itc;

import java.util.List;
import java.util.stream.Collectors;

/** Membership test and compact printing for the team or slot id lists of a constraint. */
final class IdSet {

    private final boolean[] member;

    IdSet(List<Integer> ids, int size) {
        member = new boolean[size];
        for (int id : ids) {
            // the reader rejects unknown ids; a hand-built constraint with one is a programming error
            if (id < 0 || id >= size) {
                throw new IllegalArgumentException("id " + id + " outside 0.." + (size - 1));
            }
            member[id] = true;
        }
    }

    boolean contains(int id) {
        return id >= 0 && id < member.length && member[id];
    }

    /** "1;4;7" in ascending order, for explanations. */
    static String format(List<Integer> ids) {
        return ids.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(";"));
    }
}
