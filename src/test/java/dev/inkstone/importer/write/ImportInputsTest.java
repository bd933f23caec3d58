package dev.inkstone.importer.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/** A source's term and author lists: repeats dropped in order, the API's maximum kept with a note past it. */
@DatabaseIndependent
class ImportInputsTest {

    @Test
    void repeatsAreDroppedInOrderWithoutANote() {
        List<String> notes = new ArrayList<>();
        assertEquals(List.of("老范", "go", "ai"),
                ImportInputs.firstDistinct(List.of("老范", "go", "老范", "ai", "go"), 3, "tags", notes));
        assertEquals(List.of(), notes);
    }

    @Test
    void pastTheMaximumTheFirstAreKeptAndTheNoteCountsTheDistinctOnes() {
        List<String> notes = new ArrayList<>();
        List<String> authors = new ArrayList<>(IntStream.rangeClosed(1, 25).mapToObj(i -> "作者-" + i).toList());
        authors.add("作者-1");
        List<String> kept = ImportInputs.firstDistinct(authors, ImportBylines.MAX_AUTHORS, "authors", notes);
        assertEquals(authors.subList(0, 20), kept);
        assertEquals(List.of("25 authors: the first 20 kept"), notes);
    }
}
