package org.flextime.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A schedule's quality in [0, 100] and the points each component deducted from 100. */
public record QualityScore(double value, Map<String, Double> components) {
    /** Copies the components, keeping their order. */
    public QualityScore {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }
}
