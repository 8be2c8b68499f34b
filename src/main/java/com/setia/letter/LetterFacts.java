package com.setia.letter;

import java.time.LocalDate;
import java.util.Objects;

import com.setia.customer.Customer;
import com.setia.customer.Salutation;
import com.setia.i18n.Language;

/**
 * What a letter is built from. Plain data, so any feature can ask for a letter: the customer's page (no case) or a
 * win-back case ({@code caseId}, what went wrong, what we offer). {@code whatWentWrong} and {@code offer} may be
 * empty; the composed text then shows a bracketed hint for the owner to replace.
 */
public record LetterFacts(
        long customerId,
        Long caseId,
        String customerName,
        Salutation salutation,
        String customerAddress,
        Language language,
        LocalDate date,
        String whatWentWrong,
        String offer) {

    public LetterFacts {
        Objects.requireNonNull(customerName, "customerName");
        salutation = salutation == null ? Salutation.NONE : salutation;
        language = language == null ? Language.MS : language;
        Objects.requireNonNull(date, "date");
    }

    /** A letter to this customer in their preferred language, not tied to a case. */
    public static LetterFacts forCustomer(Customer c, LocalDate date) {
        return new LetterFacts(c.id(), null, c.name(), c.salutation(), c.address(), c.preferredLanguage(), date, null, null);
    }

    /** A letter for a win-back case: what went wrong and what we offer, from the case. */
    public static LetterFacts forCase(Customer c, long caseId, LocalDate date, String whatWentWrong, String offer) {
        return new LetterFacts(c.id(), caseId, c.name(), c.salutation(), c.address(), c.preferredLanguage(), date,
                whatWentWrong, offer);
    }

    /** The same letter with what went wrong and the offer as the owner has just written them. */
    public LetterFacts withCaseFacts(String wrong, String ourOffer) {
        return new LetterFacts(customerId, caseId, customerName, salutation, customerAddress, language, date, wrong, ourOffer);
    }

    public LetterFacts withLanguage(Language other) {
        return new LetterFacts(customerId, caseId, customerName, salutation, customerAddress, other, date, whatWentWrong, offer);
    }
}
