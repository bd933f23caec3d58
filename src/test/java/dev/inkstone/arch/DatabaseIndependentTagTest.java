package dev.inkstone.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import dev.inkstone.common.DatabaseIndependent;
import io.quarkus.test.junit.QuarkusTest;

/**
 * CI runs tests tagged {@link DatabaseIndependent} on H2 only; a tagged class that starts the application would
 * silently never meet PostgreSQL.
 */
@DatabaseIndependent
class DatabaseIndependentTagTest {

    @Test
    void noApplicationTestIsTaggedDatabaseIndependent() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("dev.inkstone");
        noClasses().that().areAnnotatedWith(DatabaseIndependent.class)
                .should().beAnnotatedWith(QuarkusTest.class)
                .check(tests);
    }
}
