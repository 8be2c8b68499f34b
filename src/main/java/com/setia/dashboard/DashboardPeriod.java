package com.setia.dashboard;

/** The period the dashboard looks back over: this month, or the last 3, 6 or 12 months (this one included). */
public enum DashboardPeriod {
    THIS_MONTH(1), THREE_MONTHS(3), SIX_MONTHS(6), TWELVE_MONTHS(12);

    private final int months;

    DashboardPeriod(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public String messageKey() {
        return "dashboard.period." + name();
    }
}
