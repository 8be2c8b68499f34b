package com.setia.rulechange;

import java.time.LocalDate;

import com.setia.customer.Customer;

/** One customer on a change's "who must be told" list, and whether, when and how they were told. */
public record ToBeTold(long changeId, Customer customer, LocalDate toldOn, ToldHow toldHow) {
    public boolean told() {
        return toldOn != null;
    }
}
