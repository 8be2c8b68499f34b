package com.setia.winback;

import java.time.Clock;
import java.util.function.Supplier;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import javafx.scene.Node;

import com.setia.common.MoneyStyle;
import com.setia.ui.Section;
import com.setia.common.TaskRunner;
import com.setia.i18n.I18n;
import com.setia.letter.LetterComposer;
import com.setia.reasons.ReasonOverviewViewModel;
import com.setia.reasons.ReasonService;

/** "Win-back": open cases and their steps, which habits cost the most, and the act-fast thresholds. */
public final class WinbackSection implements Section {
    private final CasesViewModel cases;
    private final ReasonOverviewViewModel reasons;
    private final I18n i18n;
    private final Clock clock;
    private final LetterComposer letters;
    private final WhatsAppStep whatsApp;

    public WinbackSection(WinbackService service, ReasonService reasonService, TaskRunner runner, Clock clock, I18n i18n,
            LetterComposer letters) {
        this(service, reasonService, runner, clock, i18n, letters, () -> WinbackModule.DEFAULT_MONEY);
    }

    public WinbackSection(WinbackService service, ReasonService reasonService, TaskRunner runner, Clock clock, I18n i18n,
            LetterComposer letters, Supplier<MoneyStyle> money) {
        this(service, reasonService, runner, clock, i18n, letters, money, null);
    }

    /** @param whatsApp sends a case's apology on WhatsApp (null: no button) */
    public WinbackSection(WinbackService service, ReasonService reasonService, TaskRunner runner, Clock clock, I18n i18n,
            LetterComposer letters, Supplier<MoneyStyle> money, WhatsAppStep whatsApp) {
        this.whatsApp = whatsApp;
        this.letters = letters;
        this.cases = new CasesViewModel(service, runner, clock, money);
        this.reasons = new ReasonOverviewViewModel(reasonService, runner);
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "winback";
    }

    @Override
    public String titleKey() {
        return "winback.nav";
    }

    @Override
    public Ikon icon() {
        return Feather.HEART;
    }

    @Override
    public Node createView() {
        return new WinbackView(cases, reasons, i18n, clock, letters, whatsApp).root();
    }

    @Override
    public void onShown(Node view) {
        cases.load();
        reasons.load();
    }

    public CasesViewModel cases() {
        return cases;
    }
}
