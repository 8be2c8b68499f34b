package com.setia.visit;

import java.math.BigDecimal;

/**
 * When a customer counts as going quiet: the days since the last visit pass {@code factor} times the usual gap,
 * and are never fewer than {@code minimumDays}. The owner can change both.
 */
public record QuietSettings(BigDecimal factor, int minimumDays) {
    public static final QuietSettings DEFAULT = new QuietSettings(BigDecimal.valueOf(2), 30);
    public static final BigDecimal FACTOR_MIN = new BigDecimal("1.1");
    public static final BigDecimal FACTOR_MAX = BigDecimal.TEN;
    public static final int MINIMUM_DAYS_MIN = 1;
    public static final int MINIMUM_DAYS_MAX = 365;

    /** The days after the last visit beyond which a customer with this usual gap is going quiet. */
    public int thresholdDays(int usualGapDays) {
        int scaled = factor.multiply(BigDecimal.valueOf(usualGapDays)).setScale(0, java.math.RoundingMode.CEILING).intValueExact();
        return Math.max(minimumDays, scaled);
    }
}
