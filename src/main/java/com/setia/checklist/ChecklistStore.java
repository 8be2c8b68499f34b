package com.setia.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where a per-customer checklist is kept: the feature's service. The shared view-model and view of a checklist work
 * through this, so each checklist feature owns its table and validation and shares the screen's shape.
 */
public interface ChecklistStore<I extends ChecklistItem> {
    /** Every item, in the fixed order shown. */
    List<I> items();

    Map<I, Tick<I>> ticksOf(long customerId);

    /** Ticks (or updates) an item; throws {@code common.Refusal} with the reasons when refused. */
    Tick<I> tick(long customerId, I item, LocalDate on, String note);

    void untick(long customerId, I item);
}
