package com.setia.dashboard;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import com.setia.i18n.I18n;
import com.setia.i18n.Language;

/**
 * The dashboard's words, numbers and dates in the owner's language, fixed when made: the screen and the PDF (made off
 * the FX thread) say the same. Malay writes 1,234 and Indonesian 1.234; months are the language's own ("Dis", "Des").
 */
public final class DashboardTexts {
    private final Language language;
    private final ResourceBundle bundle;
    private final Locale locale;

    public DashboardTexts(Language language) {
        this.language = language;
        this.bundle = I18n.bundleFor(language);
        this.locale = language.locale();
    }

    public static DashboardTexts of(I18n i18n) {
        return new DashboardTexts(i18n.getLanguage());
    }

    public Language language() {
        return language;
    }

    public String t(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String number(double n, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(n);
    }

    /** 0.4 as "40%" (Indonesian and Malay write it the same way). */
    public String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }

    /** "Dis 2026" / "Des 2026" / "Dec 2026". */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    /** "29 November 2026", as letters write dates. */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }

    /** A duration in hours as the owner would say it: "5 jam", or "3,5 hari" from two days on. */
    public String hours(double seconds) {
        double hours = seconds / 3600.0;
        if (hours < 48) return t("dashboard.hours", number(Math.round(hours * 10) / 10.0, hours < 10 ? 1 : 0));
        return t("dashboard.days", number(Math.round(hours / 24 * 10) / 10.0, 1));
    }

    public String title() {
        return t("dashboard.title");
    }
}
