package com.setia.visit;

import java.util.List;

/** Why a row of an import is left out: a bundle key and its arguments. */
public record RowProblem(String key, List<Object> args) {
    public static RowProblem of(String key, Object... args) {
        return new RowProblem(key, List.of(args));
    }
}
