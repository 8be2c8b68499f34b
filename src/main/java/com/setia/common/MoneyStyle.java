package com.setia.common;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * How the screens read and show amounts right now: the shop's currency, written the way the owner's language writes
 * numbers. The composition root hands features a supplier of it, so a currency chosen in Settings or a language
 * switch shows at once.
 */
public record MoneyStyle(Currency currency, Locale locale) {
    public MoneyStyle {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(locale, "locale");
    }

    /** The amount typed, or null when nothing was; refuses (see {@link Money#parse}) what is not an amount. */
    public BigDecimal parse(String typed) {
        Money m = Money.parse(typed, currency, locale);
        return m == null ? null : m.amount();
    }

    public String format(BigDecimal amount) {
        return Money.format(amount, currency, locale);
    }

    /** "RM" or "Rp": the prompt of an amount field. */
    public String symbol() {
        return currency.symbol();
    }
}
