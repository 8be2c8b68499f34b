package com.setia.customer;

import java.time.LocalDate;

import com.setia.common.Text;
import com.setia.i18n.Language;

/** What the owner types for a customer, before it is checked and stored. */
public record CustomerDraft(
        String name,
        Salutation salutation,
        String phone,
        String email,
        String address,
        Language preferredLanguage,
        LocalDate customerSince,
        String notes,
        CustomerStatus status) {

    public static CustomerDraft named(String name) {
        return new CustomerDraft(name, Salutation.NONE, null, null, null, Language.MS, null, null, CustomerStatus.ACTIVE);
    }

    /** The stored code of the form of address ("NONE" when there is none). */
    public String salutationCode() {
        return salutation == null ? Salutation.NONE.code() : salutation.code();
    }

    public CustomerDraft withLanguage(Language language) {
        return new CustomerDraft(name, salutation, phone, email, address, language, customerSince, notes, status);
    }

    /** The same draft cleaned as {@link Text#blankToNull} says: invisible text is empty (null). */
    public CustomerDraft normalised() {
        return new CustomerDraft(Text.blankToNull(name), salutation == null ? Salutation.NONE : salutation, Text.blankToNull(phone), Text.blankToNull(email), Text.blankToNull(address),
                preferredLanguage == null ? Language.MS : preferredLanguage,
                customerSince, Text.blankToNull(notes), status == null ? CustomerStatus.ACTIVE : status);
    }

}
