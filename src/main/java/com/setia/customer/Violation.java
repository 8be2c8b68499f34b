package com.setia.customer;

/** One thing wrong with a draft: the field, and the bundle key of the message that explains it. */
public record Violation(CustomerField field, String messageKey) {
}
