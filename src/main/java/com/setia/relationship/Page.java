package com.setia.relationship;

import java.util.List;

/** The first rows of a list and how many there are in all. */
public record Page<T>(List<T> rows, int total) {
}
