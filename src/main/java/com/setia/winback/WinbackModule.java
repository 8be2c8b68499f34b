package com.setia.winback;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.setia.ui.Section;
import com.setia.ui.TodayContribution;
import com.setia.common.Currency;
import com.setia.common.MoneyStyle;
import com.setia.common.TaskRunner;
import com.setia.customer.CustomerPanel;
import com.setia.i18n.I18n;
import com.setia.incident.IncidentService;
import com.setia.letter.LetterComposer;
import com.setia.reasons.ReasonChecklistPanel;
import com.setia.reasons.ReasonService;

/**
 * The views of incidents, the ten-reason checklist and win-back, made over the services the composition root hands
 * in: the "Today"
 * and "Win-back" sections, and the "Timeline" and "Loss reasons" tabs of a customer's page.
 */
public final class WinbackModule {
    /** Amounts in ringgit, written the Malay way: for tests and tools that do not say. */
    public static final MoneyStyle DEFAULT_MONEY = new MoneyStyle(Currency.MYR, Locale.forLanguageTag("ms"));
    private final IncidentService incidents;
    private final ReasonService reasons;
    private final WinbackService winback;
    private final TodaySection today;
    private final WinbackSection board;
    private final List<CustomerPanel> customerPanels;

    /**
     * @param letters the letters feature's entry point, for the apology letter of step 2 (null: no letters)
     */
    public WinbackModule(WinbackService winback, IncidentService incidents, ReasonService reasons, Clock clock,
            TaskRunner runner, I18n i18n, LetterComposer letters) {
        this(winback, incidents, reasons, clock, runner, i18n, letters, () -> new MoneyStyle(DEFAULT_MONEY.currency(), i18n.locale()));
    }

    /**
     * @param letters the letters feature's entry point, for the apology letter of step 2 (null: no letters)
     * @param money how amounts (an offer's value) are read and shown now: the shop's currency, the owner's language
     */
    public WinbackModule(WinbackService winback, IncidentService incidents, ReasonService reasons, Clock clock,
            TaskRunner runner, I18n i18n, LetterComposer letters, Supplier<MoneyStyle> money) {
        this(winback, incidents, reasons, clock, runner, i18n, letters, money, List.of(), List.of());
    }

    /**
     * @param todayParts other features' lists shown on Today after the win-back items (going quiet, keep in touch)
     * @param todayContributions other features' reminders shown on Today above its list (rule changes, introductions)
     */
    public WinbackModule(WinbackService winback, IncidentService incidents, ReasonService reasons, Clock clock,
            TaskRunner runner, I18n i18n, LetterComposer letters, Supplier<MoneyStyle> money,
            List<com.setia.ui.TodayPart> todayParts, List<TodayContribution> todayContributions) {
        this(winback, incidents, reasons, clock, runner, i18n, letters, money, todayParts, todayContributions, null);
    }

    /** @param whatsApp "send on WhatsApp" on Today's follow-ups and a case's apology step (null: no button) */
    public WinbackModule(WinbackService winback, IncidentService incidents, ReasonService reasons, Clock clock,
            TaskRunner runner, I18n i18n, LetterComposer letters, Supplier<MoneyStyle> money,
            List<com.setia.ui.TodayPart> todayParts, List<TodayContribution> todayContributions, WhatsAppStep whatsApp) {
        this.incidents = incidents;
        this.reasons = reasons;
        this.winback = winback;
        this.today = new TodaySection(winback, runner, clock, i18n, letters, money, todayParts, todayContributions, whatsApp);
        this.board = new WinbackSection(winback, reasons, runner, clock, i18n, letters, money, whatsApp);
        this.customerPanels = List.of(
                new TimelinePanel(winback, incidents, runner, clock, i18n, letters, money),
                new ReasonChecklistPanel(reasons, runner, clock, i18n));
    }

    /** "Today" (to show first) and "Win-back". */
    public Section todaySection() {
        return today;
    }

    public Section winbackSection() {
        return board;
    }

    /** "Timeline" and "Loss reasons", in that order. */
    public List<CustomerPanel> customerPanels() {
        return customerPanels;
    }

    public IncidentService incidents() {
        return incidents;
    }

    public ReasonService reasons() {
        return reasons;
    }

    public WinbackService winback() {
        return winback;
    }
}
