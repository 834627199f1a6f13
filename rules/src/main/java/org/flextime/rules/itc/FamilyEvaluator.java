package org.flextime.rules.itc;

import java.util.List;
import org.flextime.rules.robinx.RobinxConstraint;

/** Computes the deviations of one constraint family exactly as the ITC2021 rules define them. */
public interface FamilyEvaluator<C extends RobinxConstraint> {

    /** The record type this evaluator handles. */
    Class<C> family();

    /** Every positive deviation of the constraint in the timetable; empty when satisfied. */
    List<Deviation> deviations(C constraint, Timetable timetable);
}
