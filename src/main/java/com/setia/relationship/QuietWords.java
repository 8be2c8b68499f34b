package com.setia.relationship;

import com.setia.i18n.I18n;
import com.setia.visit.QuietCandidate;

/**
 * Going quiet said in words, in the owner's language: "Usually every 3 weeks; last seen 9 weeks ago." Spans under
 * a week (or under two weeks and not whole weeks) are said in days, under ten weeks in weeks, longer ones in months.
 */
public final class QuietWords {
    private final I18n i18n;

    public QuietWords(I18n i18n) {
        this.i18n = i18n;
    }

    public String reason(QuietCandidate q) {
        return i18n.t(q.ownGap() ? "quiet.reason.own" : "quiet.reason.shop", every(q.usualGap()), ago(q.daysSince()));
    }

    /** "every 3 weeks" / "setiap 3 minggu". */
    public String every(int days) {
        return i18n.t(switch (unit(days)) {
            case "days" -> "quiet.every.days";
            case "weeks" -> "quiet.every.weeks";
            default -> "quiet.every.months";
        }, amount(days));
    }

    /** "9 weeks ago" / "9 minggu lalu". */
    public String ago(int days) {
        return i18n.t(switch (unit(days)) {
            case "days" -> "quiet.ago.days";
            case "weeks" -> "quiet.ago.weeks";
            default -> "quiet.ago.months";
        }, amount(days));
    }

    static String unit(int days) {
        if (days < 7 || days < 14 && days % 7 != 0) return "days";
        if (days >= 28 && Math.abs(days - 30 * Math.round(days / 30f)) <= 2) return "months"; // 30 days: every month
        return days < 70 ? "weeks" : "months";
    }

    static int amount(int days) {
        return switch (unit(days)) {
            case "days" -> days;
            case "weeks" -> Math.round(days / 7f);
            default -> Math.max(1, Math.round(days / 30.44f));
        };
    }
}
