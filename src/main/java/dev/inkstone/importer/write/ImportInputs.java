package dev.inkstone.importer.write;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.inkstone.common.error.ApiException;

/** What the importer does to an item's input before a service sees it: lists bounded, the service's rules checked. */
final class ImportInputs {

    private ImportInputs() {
    }

    /**
     * The slugs without repeats, in order, at most {@code max} of them: a source may name more than the API takes, and
     * the item is better imported with the first ones (a note says so) than refused.
     */
    static List<String> firstDistinct(List<String> slugs, int max, String what, List<String> notes) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(slugs));
        if (distinct.size() <= max) {
            return distinct;
        }
        notes.add(distinct.size() + " " + what + ": the first " + max + " kept");
        return distinct.subList(0, max);
    }

    /** Refuses the input as the API would, naming its first offending field (the item's report line says it). */
    static <T> void requireValid(Validator validator, T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.iterator().next();
            throw ApiException.invalid(first.getPropertyPath().toString(), first.getMessage());
        }
    }
}
