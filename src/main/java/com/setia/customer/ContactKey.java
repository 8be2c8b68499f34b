package com.setia.customer;

/** A customer's id and name with what an import compares: the phone (international form) and the e-mail. */
public record ContactKey(long id, String name, String phone, String email) {
}
