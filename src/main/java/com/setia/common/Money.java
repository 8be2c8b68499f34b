package com.setia.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as each language writes them, in the shop's currency. Malay and English group thousands with a comma and
 * mark decimals with a point (RM1,250.50); Indonesian groups with a point and marks decimals with a comma
 * (Rp25.000,50). Reading is strict: the symbol of the shop's currency may come first (with or without a space),
 * groups have three digits, at most {@link Currency#decimals()} decimals, nothing guessed and nothing rounded.
 * "1.250" in Malay or English is one and a quarter with three decimals, so it is refused, saying how many decimals
 * are allowed; in Indonesian it is one thousand two hundred and fifty.
 */
public record Money(BigDecimal amount, Currency currency) {
    private static final Pattern SYMBOL = Pattern.compile("^(?i)(RM|Rp|MYR|IDR)\\s*");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Reads {@code text} typed in {@code locale}'s way as an amount in {@code currency}. Blank text is no amount
     * (null). Anything else that is not an amount is refused with a message that shows how to write one.
     */
    public static Money parse(String text, Currency currency, Locale locale) {
        String t = Text.blankToNull(text);
        if (t == null) return null;
        t = t.replace('\u00A0', ' ').replace('\u202F', ' ');
        Matcher symbol = SYMBOL.matcher(t);
        if (symbol.find()) {
            String written = symbol.group(1);
            if (!written.equalsIgnoreCase(currency.symbol()) && !written.equalsIgnoreCase(currency.name())) {
                throw new Refusal("common.money.otherCurrency", written, currency.symbol());
            }
            t = t.substring(symbol.end());
        }
        char decimal = decimalMark(locale);
        char group = groupMark(locale);
        String example = format(new BigDecimal("1250.50"), currency, locale);
        String digits = t.strip();
        boolean negative = digits.startsWith("-");
        if (negative) digits = digits.substring(1).strip();
        String whole = digits;
        String fraction = "";
        int at = digits.indexOf(decimal);
        if (at >= 0) {
            whole = digits.substring(0, at);
            fraction = digits.substring(at + 1);
        }
        String q = Pattern.quote(String.valueOf(group));
        boolean wholeOk = whole.matches("\\d+") || whole.matches("\\d{1,3}(" + q + "\\d{3})+");
        boolean fractionOk = at < 0 || fraction.matches("\\d+");
        if (!wholeOk || !fractionOk) {
            throw new Refusal("common.money.unreadable", example);
        }
        if (fraction.length() > currency.decimals()) {
            throw new Refusal("common.money.tooManyDecimals", currency.decimals());
        }
        BigDecimal amount = new BigDecimal(whole.replace(String.valueOf(group), "") + (fraction.isEmpty() ? "" : "." + fraction));
        return new Money(negative ? amount.negate() : amount, currency);
    }

    /**
     * Problems with an amount as a value, however it arrived: more decimals than the currency has would be rounded
     * by the store (0.005 stored as 0.01), so they are refused instead.
     */
    public static List<Problem> check(BigDecimal amount, Currency currency) {
        List<Problem> out = new ArrayList<>();
        if (amount != null && amount.stripTrailingZeros().scale() > currency.decimals()) {
            out.add(Problem.of("common.money.tooManyDecimals", currency.decimals()));
        }
        return out;
    }

    /** {@link #check(BigDecimal, Currency)} for an amount in any of Setia's currencies (they all have two decimals). */
    public static List<Problem> check(BigDecimal amount) {
        return check(amount, Currency.MYR);
    }

    /** "RM1,250.50" in Malay and English; "Rp25.000" (decimals only when there are sen: "Rp25.000,50") in Indonesian. */
    public String format(Locale locale) {
        return format(amount, currency, locale);
    }

    public static String format(BigDecimal amount, Currency currency, Locale locale) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(decimalMark(locale));
        symbols.setGroupingSeparator(groupMark(locale));
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        boolean cents = amount.stripTrailingZeros().scale() > 0;
        int decimals = currency == Currency.IDR && !cents ? 0 : currency.decimals();
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(Math.max(decimals, amount.stripTrailingZeros().scale()));
        String number = f.format(amount.abs());
        return (amount.signum() < 0 ? "-" : "") + currency.symbol() + number;
    }

    /** Indonesian marks decimals with a comma; Malay and English with a point. */
    static char decimalMark(Locale locale) {
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()) ? ',' : '.';
    }

    static char groupMark(Locale locale) {
        return decimalMark(locale) == ',' ? '.' : ',';
    }
}
