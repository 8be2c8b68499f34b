package com.setia.common;

/**
 * The currencies Setia's shops trade in, with the symbol written before amounts (RM25.00, Rp25.000). Amounts are
 * kept to at most {@link #decimals()} decimals, never rounded.
 */
public enum Currency {
    MYR("RM", 2),
    IDR("Rp", 2);

    private final String symbol;
    private final int decimals;

    Currency(String symbol, int decimals) {
        this.symbol = symbol;
        this.decimals = decimals;
    }

    public String symbol() {
        return symbol;
    }

    /** The most decimals an amount may have (sen, or the rarely used sen of the rupiah). */
    public int decimals() {
        return decimals;
    }

    /** The currency a shop working in this language most likely uses: Rp for Indonesian, RM otherwise. */
    public static Currency defaultFor(String languageTag) {
        return "id".equals(languageTag) ? IDR : MYR;
    }

    public String messageKey() {
        return "common.currency." + name();
    }
}
