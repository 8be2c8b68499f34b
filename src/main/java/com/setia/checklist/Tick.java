package com.setia.checklist;

import java.time.LocalDate;

/** An item ticked for a customer: on which day, with an optional note. */
public record Tick<I extends ChecklistItem>(I item, LocalDate on, String note) {
}
