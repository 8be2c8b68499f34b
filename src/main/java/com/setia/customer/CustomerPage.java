package com.setia.customer;

import java.util.List;

/** One screenful of a search: the rows shown (at most the limit asked for) and how many match in all. */
public record CustomerPage(List<Customer> rows, int totalMatches) {
    public CustomerPage {
        rows = List.copyOf(rows);
    }
}
