package com.setia.winback;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import javafx.scene.Node;

import com.setia.common.MoneyStyle;
import com.setia.ui.Section;
import com.setia.ui.TodayContribution;
import com.setia.common.TaskRunner;
import com.setia.i18n.I18n;
import com.setia.letter.LetterComposer;

/** "Today": what needs the owner now. The view-model outlives the views, so a language switch loses nothing. */
public final class TodaySection implements Section {
    private final TodayViewModel vm;
    private final I18n i18n;
    private final Clock clock;
    private final LetterComposer letters;
    private final WhatsAppStep whatsApp;
    private final java.util.List<com.setia.ui.TodayPart> parts;
    private final List<TodayContribution> contributions;

    public TodaySection(WinbackService service, TaskRunner runner, Clock clock, I18n i18n, LetterComposer letters) {
        this(service, runner, clock, i18n, letters, () -> WinbackModule.DEFAULT_MONEY);
    }

    public TodaySection(WinbackService service, TaskRunner runner, Clock clock, I18n i18n, LetterComposer letters,
            Supplier<MoneyStyle> money) {
        this(service, runner, clock, i18n, letters, money, java.util.List.of(), List.of());
    }

    /**
     * @param parts other features' lists, shown as tabs after the win-back items (going quiet, keep in touch)
     * @param contributions other features' reminders, shown above Today's own list (rule changes, introductions)
     */
    public TodaySection(WinbackService service, TaskRunner runner, Clock clock, I18n i18n, LetterComposer letters,
            Supplier<MoneyStyle> money, java.util.List<com.setia.ui.TodayPart> parts,
            List<TodayContribution> contributions) {
        this(service, runner, clock, i18n, letters, money, parts, contributions, null);
    }

    /** @param whatsApp "send on WhatsApp" on a follow-up and the apology step (null: no button) */
    public TodaySection(WinbackService service, TaskRunner runner, Clock clock, I18n i18n, LetterComposer letters,
            Supplier<MoneyStyle> money, java.util.List<com.setia.ui.TodayPart> parts,
            List<TodayContribution> contributions, WhatsAppStep whatsApp) {
        this.whatsApp = whatsApp;
        this.letters = letters;
        this.parts = java.util.List.copyOf(parts);
        this.contributions = List.copyOf(contributions);
        this.vm = new TodayViewModel(service, runner, clock, money);
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "today";
    }

    @Override
    public String titleKey() {
        return "today.nav";
    }

    @Override
    public Ikon icon() {
        return Feather.SUN;
    }

    @Override
    public Node createView() {
        return new TodayView(vm, i18n, clock, letters, parts,
                contributions.stream().map(TodayContribution::createView).toList(), whatsApp).root();
    }

    @Override
    public void onShown(Node view) {
        vm.shown();
        parts.forEach(com.setia.ui.TodayPart::reload);
        contributions.forEach(TodayContribution::refresh);
    }

    public TodayViewModel viewModel() {
        return vm;
    }
}
