package dev.inkstone.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class EntityTagConditionTest {

    private static EntityTagCondition parse(String... lines) {
        return EntityTagCondition.parse(List.of(lines));
    }

    @Test
    void absentFieldIsNoCondition() {
        assertNull(EntityTagCondition.parse(null));
        assertNull(EntityTagCondition.parse(List.of()));
    }

    @Test
    void starAloneMeansAny() {
        assertTrue(parse(" * ").any());
        assertFalse(parse("*, \"a\"").any(), "'*' is only valid as the whole field");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'\"a\"'                       | '\"a\"'",
            "'\"a\", W/\"b\"'              | '\"a\" W/\"b\"'",
            "'\"a\",W/\"b\" ,\t\"c\"'      | '\"a\" W/\"b\" \"c\"'",
            "'\"\"'                        | '\"\"'",
            "'garbage, \"a\"'              | '\"a\"'",
            "'\"a\"b, \"c\"'               | '\"c\"'",
            "'\"unterminated, \"c\"'       | '\"c\"'",
            "'w/\"a\", \"b\"'              | '\"b\"'",
            "'W/ \"a\"'                    | ''",
            "'\"a b\", \"c\"'              | '\"c\"'",
            "'\"ü\"'                       | '\"ü\"'",
            "',,, ,'                       | ''",
            "'**'                          | ''",
    })
    void keepsWellFormedTagsAndDropsTheRest(String field, String expected) {
        EntityTagCondition condition = parse(field);
        assertFalse(condition.any());
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), condition.tags());
    }

    @Test
    void severalFieldLinesAreOneList() {
        assertEquals(List.of("\"a\"", "\"b\""), parse("\"a\"", "\"b\"").tags());
    }

    @Test
    void strongComparisonNeedsTwoStrongEqualTags() {
        assertTrue(parse("\"x\", \"a\"").matchesStrongly("\"a\""));
        assertFalse(parse("W/\"a\"").matchesStrongly("\"a\""));
        assertFalse(parse("\"a\"").matchesStrongly("W/\"a\""));
        assertFalse(parse("\"A\"").matchesStrongly("\"a\""));
    }

    @Test
    void weakComparisonIgnoresTheWeakMark() {
        assertTrue(parse("W/\"a\"").matchesWeakly("\"a\""));
        assertTrue(parse("\"a\"").matchesWeakly("W/\"a\""));
        assertFalse(parse("\"b\"").matchesWeakly("\"a\""));
    }

    @Test
    void longFieldsParseInLinearTime() {
        String field = "\"x\",".repeat(200_000) + "\"a\"";
        long start = System.nanoTime();
        assertTrue(parse(field).matchesWeakly("\"a\""));
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }
}
