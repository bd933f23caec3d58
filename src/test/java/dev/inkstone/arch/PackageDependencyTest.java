package dev.inkstone.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package graph reads bottom-up (README, Package map): common, then content, then the features, then what
 * combines them. A cycle between two top-level packages, or common depending on a feature, fails the build.
 */
class PackageDependencyTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.inkstone");

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("dev.inkstone.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void commonKnowsNoFeature() {
        noClasses().that().resideInAPackage("dev.inkstone.common..")
                .should().dependOnClassesThat(insideButNotIn("dev.inkstone.common.."))
                .check(MAIN);
    }

    @Test
    void contentKnowsNoFeature() {
        noClasses().that().resideInAPackage("dev.inkstone.content..")
                .should().dependOnClassesThat(insideButNotIn("dev.inkstone.content..", "dev.inkstone.common.."))
                .check(MAIN);
    }

    /** Our classes outside the given packages. */
    private static DescribedPredicate<JavaClass> insideButNotIn(String... packages) {
        return resideInAPackage("dev.inkstone..").and(not(resideInAnyPackage(packages)));
    }
}
