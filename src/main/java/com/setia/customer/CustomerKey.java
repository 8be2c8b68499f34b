package com.setia.customer;

/** What other features need to find a customer by phone or name (e.g. a visits import): id, name, phone. */
public record CustomerKey(long id, String name, String phone, boolean archived) {
}
