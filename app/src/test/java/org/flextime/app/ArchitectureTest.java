package org.flextime.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The layout's promises: engines are plain Java, services meet only through contracts, and no packages form a cycle. */
class ArchitectureTest {

    private static final String[] SERVICES = {"scheduler", "constraints", "conflicts", "travel", "intelligence", "state", "hub", "gateway"};

    // imported once: reading every class of the product takes most of this test's time
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.flextime");

    private static String[] services() {
        return Arrays.stream(SERVICES).map(s -> "org.flextime." + s + "..").toArray(String[]::new);
    }

    @Test
    void enginesAndTheDomainUseNoFrameworkTypes() {
        noClasses().that().resideInAnyPackage("org.flextime.domain..", "org.flextime.engine..", "org.flextime.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "io.micrometer..")
                .check(classes);
    }

    @Test
    void theRuleCatalogDependsOnNoServiceAndNoPlatform() {
        noClasses().that().resideInAPackage("org.flextime.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flextime.platform..", "org.flextime.contracts..")
                .orShould().dependOnClassesThat().resideInAnyPackage(services())
                .check(classes);
    }

    @Test
    void contractsDependOnNoServiceAndNoPlatform() {
        noClasses().that().resideInAPackage("org.flextime.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flextime.platform..", "org.flextime.domain..")
                .orShould().dependOnClassesThat().resideInAnyPackage(services())
                .check(classes);
    }

    @Test
    void enginesDependOnNoServiceAndNoPlatform() {
        noClasses().that().resideInAPackage("org.flextime.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flextime.platform..", "org.flextime.bench..")
                .orShould().dependOnClassesThat().resideInAnyPackage(services())
                .check(classes);
    }

    @Test
    void benchmarksDependOnEnginesNeverOnServices() {
        noClasses().that().resideInAPackage("org.flextime.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flextime.platform..", "org.flextime.app..")
                .orShould().dependOnClassesThat().resideInAnyPackage(services())
                .check(classes);
    }

    @Test
    void noServiceReachesIntoAnother() {
        for (String service : SERVICES) {
            String[] others = Arrays.stream(SERVICES).filter(s -> !s.equals(service)).map(s -> "org.flextime." + s + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("org.flextime." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }

    @Test
    void theModulesFormNoCycle() {
        slices().matching("org.flextime.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("org.flextime.(**)").should().beFreeOfCycles().check(classes);
    }
}
