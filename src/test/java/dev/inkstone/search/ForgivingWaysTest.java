package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/** Each switch of inkstone.search.forgiving turns off its own way of matching, and only that one. */
@DatabaseIndependent
class ForgivingWaysTest {

    private record Switches(boolean synonyms, boolean pinyin, boolean prefix, boolean fuzzy)
            implements SearchConfig.Forgiving {
        @Override
        public boolean aliases() {
            return true;
        }
    }

    @Test
    void eachSwitchTurnsOffItsWay() {
        Set<ForgivingQuery.Way> all = EnumSet.allOf(ForgivingQuery.Way.class);
        assertEquals(all, ForgivingQuery.Way.enabled(new Switches(true, true, true, true)));
        assertEquals(EnumSet.complementOf(EnumSet.of(ForgivingQuery.Way.SYNONYMS)),
                ForgivingQuery.Way.enabled(new Switches(false, true, true, true)));
        assertEquals(EnumSet.complementOf(EnumSet.of(ForgivingQuery.Way.PINYIN)),
                ForgivingQuery.Way.enabled(new Switches(true, false, true, true)));
        assertEquals(EnumSet.complementOf(EnumSet.of(ForgivingQuery.Way.PREFIX)),
                ForgivingQuery.Way.enabled(new Switches(true, true, false, true)));
        assertEquals(EnumSet.complementOf(EnumSet.of(ForgivingQuery.Way.FUZZY)),
                ForgivingQuery.Way.enabled(new Switches(true, true, true, false)));
    }
}
