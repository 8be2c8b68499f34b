package com.setia.customer;

/** The fields of the customer form, to attach a validation message to the right one. */
public enum CustomerField {
    NAME, SALUTATION, PHONE, EMAIL, ADDRESS, CUSTOMER_SINCE, NOTES
}
