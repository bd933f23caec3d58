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

import dev.inkstone.common.DatabaseIndependent;

/**
 * The package graph reads bottom-up (README, Package map): common, then content, then the features, then what
 * combines them. A cycle between two top-level packages (or two importer subpackages), or common depending on a
 * feature, fails the build.
 */
@DatabaseIndependent
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

    /**
     * The importer's subpackages follow its pipeline (README, The importer pipeline): item, source, media, write, job;
     * no cycle between them, and the root (the importer's settings) imports none of them.
     */
    @Test
    void importerSubpackagesHaveNoCycles() {
        slices().matching("dev.inkstone.importer.(*)..").should().beFreeOfCycles().check(MAIN);
        noClasses().that().resideInAPackage("dev.inkstone.importer")
                .should().dependOnClassesThat(insideButNotIn("dev.inkstone.importer").and(
                        resideInAPackage("dev.inkstone.importer..")))
                .check(MAIN);
    }

    /** A reader knows only the items it makes: a new source format never reaches into media, writer or job. */
    @Test
    void importSourcesKnowOnlyItems() {
        noClasses().that().resideInAnyPackage("dev.inkstone.importer.source..", "dev.inkstone.importer.item..")
                .should().dependOnClassesThat(resideInAnyPackage("dev.inkstone.importer.media..",
                        "dev.inkstone.importer.write..", "dev.inkstone.importer.job.."))
                .check(MAIN);
    }

    /** Our classes outside the given packages. */
    private static DescribedPredicate<JavaClass> insideButNotIn(String... packages) {
        return resideInAPackage("dev.inkstone..").and(not(resideInAnyPackage(packages)));
    }
}
