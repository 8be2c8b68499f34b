package com.setia.rulechange;

import java.time.LocalDate;
import java.util.List;

import com.setia.customer.CustomerStatus;

/**
 * A change as the owner types it. {@code status} is read only for {@link Audience#STATUS}, {@code chosen} (customer
 * ids) only for {@link Audience#CHOSEN}.
 */
public record RuleChangeDraft(RuleKind kind, String title, String details, LocalDate effectiveOn, Audience audience,
        CustomerStatus status, List<Long> chosen) {
    public RuleChangeDraft {
        chosen = chosen == null ? List.of() : List.copyOf(chosen);
    }

    /** Blank text as null, text stripped. */
    RuleChangeDraft normalised() {
        return new RuleChangeDraft(kind, clean(title), clean(details), effectiveOn, audience,
                audience == Audience.STATUS ? status : null,
                audience == Audience.CHOSEN ? chosen.stream().distinct().toList() : List.of());
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
