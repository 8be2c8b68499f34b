package com.setia.winback;

import java.time.Clock;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import com.setia.ui.Section;
import com.setia.common.TaskRunner;
import com.setia.customer.CustomerPanel;
import com.setia.i18n.I18n;
import com.setia.incident.IncidentService;
import com.setia.letter.LetterComposer;
import com.setia.reasons.ReasonChecklistPanel;
import com.setia.reasons.ReasonService;

/**
 * Incidents, the ten-reason checklist and win-back, wired by constructors for the composition root: the "Today"
 * and "Win-back" sections, and the "Timeline" and "Loss reasons" tabs of a customer's page.
 */
public final class WinbackModule {
    private final IncidentService incidents;
    private final ReasonService reasons;
    private final WinbackService winback;
    private final TodaySection today;
    private final WinbackSection board;
    private final List<CustomerPanel> customerPanels;

    public WinbackModule(Jdbi jdbi, Clock clock, TaskRunner runner, I18n i18n) {
        this(jdbi, clock, runner, i18n, null);
    }

    /** @param letters the letters feature's entry point, for the apology letter of step 2 (null: no letters) */
    public WinbackModule(Jdbi jdbi, Clock clock, TaskRunner runner, I18n i18n, LetterComposer letters) {
        this.incidents = new IncidentService(jdbi, clock);
        this.reasons = new ReasonService(jdbi, clock);
        this.winback = new WinbackService(jdbi, clock);
        this.today = new TodaySection(winback, runner, clock, i18n, letters);
        this.board = new WinbackSection(winback, reasons, runner, clock, i18n, letters);
        this.customerPanels = List.of(
                new TimelinePanel(winback, incidents, runner, clock, i18n, letters),
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
