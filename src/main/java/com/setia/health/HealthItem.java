package com.setia.health;

import com.setia.checklist.ChecklistItem;

/**
 * The eight things that damage a relationship (domain.md section 4), in the source's order 1-8: a second, optional
 * checklist per customer beside the ten loss reasons. Words in the bundles under {@code health.item.1} .. {@code .8}.
 */
public enum HealthItem implements ChecklistItem {
    INTEGRITY, DISCOMFORT, UNDERSTANDING, COVERING_UP, SELF_CENTRED, BELITTLING, TRUST, CARE;

    public int number() {
        return ordinal() + 1;
    }

    public static HealthItem of(int number) {
        return values()[number - 1];
    }

    @Override
    public String numeral() {
        return Integer.toString(number());
    }

    @Override
    public String messageKey() {
        return "health.item." + number();
    }
}
