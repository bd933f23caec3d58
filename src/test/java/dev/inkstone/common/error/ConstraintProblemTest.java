package dev.inkstone.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class ConstraintProblemTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "uq_post_slug,                   duplicate-slug,       slug",
        "public.uq_category_slug,        duplicate-slug,       slug",
        "uq_api_token_token_hash,        duplicate-hash,       hash",
        "fk_post_category_category,      in-use,               -",
        "ck_post_status,                 constraint-violation, -",
    })
    void namesTheClashFromTheConstraintName(String constraint, String type, String field) {
        ConstraintProblem problem = ConstraintProblem.of(constraint);
        assertEquals(type, problem.type());
        assertEquals(field, problem.field());
    }
}
