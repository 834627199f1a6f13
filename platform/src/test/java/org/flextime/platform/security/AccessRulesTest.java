package org.flextime.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The access table: one role per route and method, roles that include the lower ones, and no rule meaning nobody. */
class AccessRulesTest {

    @Test
    void readingASeasonNeedsAViewerButChangingItNeedsAnAdmin() {
        assertThat(AccessRules.required("GET", "/api/v1/seasons/2025-26")).contains(Role.VIEWER);
        assertThat(AccessRules.required("PATCH", "/api/v1/seasons/2025-26/sports/MBB")).contains(Role.ADMIN);
    }

    @Test
    void requestingAndExportingASchedulesNeedsAScheduler() {
        assertThat(AccessRules.required("POST", "/api/v1/schedules")).contains(Role.SCHEDULER);
        assertThat(AccessRules.required("GET", "/api/v1/schedules/abc/export")).contains(Role.SCHEDULER);
        assertThat(AccessRules.required("GET", "/api/v1/schedules/abc")).contains(Role.VIEWER);
    }

    @Test
    void activatingAConstraintSetAndReadingTheAuditTrailNeedAnAdmin() {
        assertThat(AccessRules.required("POST", "/api/v1/constraint-sets/cs-1/versions/2/activate")).contains(Role.ADMIN);
        assertThat(AccessRules.required("GET", "/api/v1/events")).contains(Role.ADMIN);
    }

    @Test
    void aRouteOrMethodWithoutARuleHasNoRole() {
        assertThat(AccessRules.required("GET", "/api/v1/nothing-here")).isEmpty();
        assertThat(AccessRules.required("DELETE", "/api/v1/schedules/abc")).isEmpty();
    }

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(Role.ADMIN.includes(Role.SCHEDULER)).isTrue();
        assertThat(Role.SCHEDULER.includes(Role.VIEWER)).isTrue();
        assertThat(Role.VIEWER.includes(Role.SCHEDULER)).isFalse();
        assertThat(Role.fromClaim("Admin")).contains(Role.ADMIN);
        assertThat(Role.fromClaim("root")).isEmpty();
    }

    @Test
    void everyRuleIsUniqueByMethodAndPattern() {
        assertThat(AccessRules.ALL.stream().map(r -> r.method() + " " + r.pattern())).doesNotHaveDuplicates();
    }
}
