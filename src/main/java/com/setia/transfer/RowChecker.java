package com.setia.transfer;

/**
 * Turns one source row into the value an importer stores, with the row's problems (a missing name, a date in the
 * future). Written once per kind of import (customers, visits); checks that need the other rows or the store
 * (duplicates) are done by {@link ImportPreview}.
 */
@FunctionalInterface
public interface RowChecker<F extends Enum<F> & ImportField, T> {
    PreviewRow<T> check(SourceRow<F> row);
}
