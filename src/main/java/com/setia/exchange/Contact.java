package com.setia.exchange;

import com.setia.customer.CustomerDraft;

/**
 * A contact read from a file, as it would be stored, with the keys it is compared by (the phone in international
 * form, the e-mail in lower case) and the customer already in the book that has the same number or e-mail, if any.
 */
public record Contact(CustomerDraft draft, String phoneKey, String emailKey, Long existingId, String existingName) {
    public boolean matchesExisting() {
        return existingId != null;
    }

    Contact matching(long id, String name) {
        return new Contact(draft, phoneKey, emailKey, id, name);
    }
}
