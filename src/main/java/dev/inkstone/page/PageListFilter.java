package dev.inkstone.page;

/** A page list's parent filter once parsed: {@code topLevel} for parent=none, else a parent id or null for any. */
record PageListFilter(Long parentId, boolean topLevel) {

    /** A key naming this filter, for caching the filtered list's total. */
    String key() {
        return topLevel ? "parent=none" : parentId == null ? "" : "parent=" + parentId;
    }
}
