package dev.inkstone.common.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class InListTest {

    @Test
    void listsArePaddedWithTheirLastValueToEightThenPowersOfTwo() {
        InList<String> one = InList.of(List.of("a"));
        assertEquals(Collections.nCopies(8, "a"), one.values());
        assertEquals(List.of("a", "b", "c", "c", "c", "c", "c", "c"), InList.of(List.of("a", "b", "c")).values());
        assertEquals(8, InList.of(range(8)).values().size());
        assertEquals(range(8), InList.of(range(8)).values(), "a full bucket is sent as it is");
        InList<Integer> nine = InList.of(range(9));
        assertEquals(16, nine.values().size());
        assertEquals(range(9), nine.values().subList(0, 9));
        assertEquals(8, nine.values().get(15));
        assertEquals(32, InList.of(range(17)).values().size());
        assertEquals(32, InList.of(range(32)).values().size());
        assertEquals(1024, InList.of(range(1000)).values().size());
    }

    @Test
    void theConditionHasOneParameterPerValue() {
        InList<String> go = InList.of(List.of("go"));
        assertEquals("slug in (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", go.condition("slug"));
        assertEquals(8, go.parameters().length);
        assertEquals("go", go.parameters()[7]);
        assertEquals(16, InList.of(range(12)).condition("id").split("\\?").length - 1);
        assertThrows(IllegalArgumentException.class, () -> InList.of(List.of()));
    }

    @Test
    void aQuerysOtherParametersFollowTheValues() {
        InList<String> keys = InList.of(List.of("a", "b"));
        assertEquals(9, keys.next());
        Object[] parameters = keys.parameters("post");
        assertEquals(9, parameters.length);
        assertEquals(List.of("a", "b", "b", "b", "b", "b", "b", "b", "post"), List.of(parameters));
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
