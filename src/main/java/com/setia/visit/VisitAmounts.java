package com.setia.visit;

import com.setia.common.Refusal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import com.setia.i18n.Language;

/**
 * Reads an amount of money as the owner (or a till's export) writes it, without guessing: "25", "RM 25",
 * "RM1,250.50" and "1250.50" in Malay and English; "Rp 25.000", "Rp25.000,50" and "25000" in Indonesian.
 * Three digits after a dot are thousands in Indonesian and refused elsewhere; more than two decimals are refused
 * (no silent rounding). To be replaced by the shared Money type once it lands.
 */
public final class VisitAmounts {
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.\\d{1,2}");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern TOO_MANY_DECIMALS = Pattern.compile("\\d*[.,]\\d{3,}");

    private VisitAmounts() {
    }

    /** The amount, null for blank text; a {@link Refusal} naming what is wrong otherwise. */
    public static BigDecimal parse(String text, Language language) {
        if (text == null || text.isBlank()) return null;
        String s = text.strip().replace("\u00a0", "").replace(" ", "");
        String upper = s.toUpperCase(Locale.ROOT);
        for (String currency : new String[] {"MYR", "IDR", "RM", "RP"}) {
            if (upper.startsWith(currency)) {
                s = s.substring(currency.length());
                break;
            }
            if (upper.endsWith(currency)) {
                s = s.substring(0, s.length() - currency.length());
                break;
            }
        }
        if (s.startsWith("-")) throw new Refusal("visit.error.amountNegative");
        BigDecimal value;
        if (PLAIN.matcher(s).matches()) {
            value = new BigDecimal(s);
        } else if (language == Language.ID && DOT_THOUSANDS.matcher(s).matches()) {
            value = new BigDecimal(s.replace(".", "").replace(',', '.'));
        } else if (language != Language.ID && COMMA_THOUSANDS.matcher(s).matches()) {
            value = new BigDecimal(s.replace(",", ""));
        } else if (DOT_DECIMAL.matcher(s).matches()) {
            value = new BigDecimal(s);
        } else if (COMMA_DECIMAL.matcher(s).matches()) {
            value = new BigDecimal(s.replace(',', '.'));
        } else if (TOO_MANY_DECIMALS.matcher(s).matches()) {
            throw new Refusal("visit.error.amountDecimals");
        } else {
            throw new Refusal("visit.error.amountNotMoney");
        }
        if (value.compareTo(MAX) > 0) throw new Refusal("visit.error.amountTooLarge");
        return value;
    }
}
