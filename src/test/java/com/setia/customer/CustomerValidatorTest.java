package com.setia.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.setia.common.Problem;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;

class CustomerValidatorTest {
    final CustomerValidator validator = new CustomerValidator(MutableClock.at("2026-03-01T02:00:00Z"));

    private static CustomerDraft with(String phone, String email) {
        return new CustomerDraft("Siti", Salutation.NONE, phone, email, null, Language.MS, null, null, CustomerStatus.ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"012-345 6789", "+60 12 345 6789", "(021) 555-1234", "0123456789"})
    void acceptsPhonesAsPeopleTypeThem(String phone) {
        assertThat(validator.validate(with(phone, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12345", "012-345-6789-0000-1111", "012 x 345"})
    void refusesMalformedPhones(String phone) {
        assertThat(validator.validate(with(phone, null)))
                .containsExactly(Problem.on(CustomerField.PHONE, "customer.error.phoneInvalid", 7, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"siti", "siti@", "@kedai.my", "siti@kedai", "si ti@kedai.my", "siti@@kedai.my"})
    void refusesMalformedEmails(String email) {
        assertThat(validator.validate(with(null, email)))
                .containsExactly(Problem.on(CustomerField.EMAIL, "customer.error.emailInvalid"));
    }

    @Test
    void refusesEmptyNameAndFutureCustomerSince() {
        var draft = new CustomerDraft("   ", null, null, null, null, Language.EN, LocalDate.of(2026, 3, 2), null, null);
        assertThat(validator.validate(draft)).extracting(Problem::field)
                .containsExactly(CustomerField.NAME, CustomerField.CUSTOMER_SINCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u00A0\u00A0", "\u0000", "\u200B\u00A0\u0000\uFEFF", "\u3164"})
    void refusesANameOfInvisibleCharactersOnly(String name) {
        var draft = new CustomerDraft(name, Salutation.NONE, null, null, null, Language.MS, null, null, CustomerStatus.ACTIVE);
        assertThat(validator.validate(draft)).containsExactly(Problem.on(CustomerField.NAME, "customer.error.nameRequired"));
    }

    @Test
    void limitsTravelWithTheMessage() {
        var draft = new CustomerDraft("x".repeat(CustomerValidator.NAME_MAX + 1), Salutation.NONE, null, null, null,
                Language.MS, null, null, CustomerStatus.ACTIVE);
        assertThat(validator.validate(draft)).containsExactly(
                Problem.on(CustomerField.NAME, "customer.error.nameTooLong", CustomerValidator.NAME_MAX));
    }
}
