package org.flextime.rules.robinx;

import java.util.Objects;
import java.util.Optional;

/** The MetaData block of a solution; absent text fields are empty strings. */
public record SolutionMetaData(String solutionName, String instanceName, String contributor,
                               String solutionMethod, Optional<ObjectiveValue> objectiveValue, String remarks) {

    /** Replaces null text by "" so absent and empty read the same. */
    public SolutionMetaData {
        solutionName = Objects.requireNonNullElse(solutionName, "");
        instanceName = Objects.requireNonNullElse(instanceName, "");
        contributor = Objects.requireNonNullElse(contributor, "");
        solutionMethod = Objects.requireNonNullElse(solutionMethod, "");
        remarks = Objects.requireNonNullElse(remarks, "");
        objectiveValue = Objects.requireNonNullElse(objectiveValue, Optional.empty());
    }

    /** Metadata naming only the instance. */
    public static SolutionMetaData forInstance(String instanceName) {
        return new SolutionMetaData("", instanceName, "", "", Optional.empty(), "");
    }

    /** A copy with the given scores. */
    public SolutionMetaData withObjectiveValue(ObjectiveValue value) {
        return new SolutionMetaData(solutionName, instanceName, contributor, solutionMethod, Optional.of(value), remarks);
    }
}
