package com.setia.contact;

import java.time.Instant;
import java.time.LocalDate;

/** A contact as stored: the day it happened (not the day it was typed), how, and a note. */
public record Contact(long id, long customerId, ContactKind kind, LocalDate happenedOn, String note, Instant recordedAt) {
}
