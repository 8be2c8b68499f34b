package com.setia.rulechange;

import java.time.Instant;
import java.time.LocalDate;

import com.setia.customer.CustomerStatus;

/** A recorded change, with how many customers must be told and how many were. */
public record RuleChange(long id, RuleKind kind, String title, String details, LocalDate effectiveOn, Audience audience,
        CustomerStatus audienceStatus, Instant createdAt, int affected, int told) {

    public int untold() {
        return affected - told;
    }
}
