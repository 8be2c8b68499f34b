package com.setia.testsupport;

import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.customer.Salutation;
import com.setia.i18n.Language;

/** Customers for tests: a name, a phone and a language. */
public final class TestCustomers {
    private TestCustomers() {
    }

    public static Customer create(CustomerService service, String name, String phone, Language language) {
        return service.create(new CustomerDraft(name, Salutation.NONE, phone, null, null, language, null, null,
                CustomerStatus.ACTIVE));
    }
}
