package com.setia.customer;

import java.time.Instant;
import java.time.LocalDate;

import org.jdbi.v3.core.mapper.Nested;

import com.setia.i18n.Language;

/** A customer as stored. Archived customers keep everything; they are only hidden from the everyday list. */
public record Customer(
        long id,
        String name,
        @Nested("s") Salutation salutation,
        String phone,
        String email,
        String address,
        Language preferredLanguage,
        LocalDate customerSince,
        String notes,
        CustomerStatus status,
        Instant archivedAt,
        Instant createdAt,
        Instant updatedAt) {

    public boolean archived() {
        return archivedAt != null;
    }

    /** The editable part of this customer, to change and save again. */
    public CustomerDraft toDraft() {
        return new CustomerDraft(name, salutation, phone, email, address, preferredLanguage, customerSince, notes, status);
    }
}
