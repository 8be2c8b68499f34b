package com.setia.checklist;

/** One item of a fixed, ordered checklist kept per customer (the ten loss reasons, the eight health checks...). */
public interface ChecklistItem {
    /** What is shown before the item: "iv", "3". */
    String numeral();

    /** The bundle key of the item's words. */
    String messageKey();
}
