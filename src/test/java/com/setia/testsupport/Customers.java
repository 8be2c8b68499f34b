package com.setia.testsupport;

import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerStatus;
import com.setia.customer.Salutation;
import com.setia.i18n.Language;

/** Builds customer drafts for tests: {@code Customers.named("Siti").phone("012-345 6789").draft()}. */
public final class Customers {
    private final String name;
    private String phone;
    private String email;
    private CustomerStatus status = CustomerStatus.ACTIVE;

    private Customers(String name) {
        this.name = name;
    }

    public static Customers named(String name) {
        return new Customers(name);
    }

    public Customers phone(String phone) {
        this.phone = phone;
        return this;
    }

    public Customers email(String email) {
        this.email = email;
        return this;
    }

    public Customers status(CustomerStatus status) {
        this.status = status;
        return this;
    }

    public CustomerDraft draft() {
        return new CustomerDraft(name, Salutation.NONE, phone, email, null, Language.MS, null, null, status);
    }
}
