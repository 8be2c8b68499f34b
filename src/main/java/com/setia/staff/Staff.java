package com.setia.staff;

/** A member of the shop's staff who can look after customers. */
public record Staff(long id, String name, boolean active) {
}
