package org.flextime.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layout's promises: engines are plain Java, and services meet only through contracts. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.flextime");

    @Test
    void enginesAndTheDomainUseNoFrameworkTypes() {
        noClasses().that().resideInAnyPackage("org.flextime.domain..", "org.flextime..engine..", "org.flextime.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "io.micrometer..")
                .check(classes);
    }

    @Test
    void theRuleCatalogDependsOnNoServiceAndNoPlatform() {
        noClasses().that().resideInAPackage("org.flextime.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flextime.platform..", "org.flextime.contracts..",
                        "org.flextime.scheduler..", "org.flextime.constraints..", "org.flextime.conflicts..", "org.flextime.travel..",
                        "org.flextime.intelligence..", "org.flextime.state..", "org.flextime.hub..", "org.flextime.gateway..")
                .check(classes);
    }

    @Test
    void contractsDependOnNoServiceAndNoPlatform() {
        noClasses().that().resideInAPackage("org.flextime.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flextime.platform..", "org.flextime.domain..",
                        "org.flextime.scheduler..", "org.flextime.constraints..", "org.flextime.conflicts..", "org.flextime.travel..",
                        "org.flextime.intelligence..", "org.flextime.state..", "org.flextime.hub..", "org.flextime.gateway..")
                .check(classes);
    }

    @Test
    void noServiceReachesIntoAnother() {
        String[] services = {"scheduler", "constraints", "conflicts", "travel", "intelligence", "state", "hub", "gateway"};
        for (String service : services) {
            String[] others = java.util.Arrays.stream(services).filter(s -> !s.equals(service)).map(s -> "org.flextime." + s + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("org.flextime." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }
}
