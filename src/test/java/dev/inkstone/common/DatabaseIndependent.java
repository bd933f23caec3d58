package dev.inkstone.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class that starts no application and opens no database: its answers are the same on H2 and PostgreSQL, so
 * CI's PostgreSQL stage leaves it out ({@code -DexcludedGroups=database-independent} in {@code .ci/run}) instead of
 * running the corpus-wide comparisons a second time. Never put it on a {@code @QuarkusTest}: that would stop the
 * class from ever running against PostgreSQL ({@code PackageDependencyTest} checks).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseIndependent.TAG)
public @interface DatabaseIndependent {

    String TAG = "database-independent";
}
