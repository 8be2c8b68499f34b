package com.setia.letter;

import java.time.Clock;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import com.setia.ui.Section;
import com.setia.common.TaskRunner;
import com.setia.customer.CustomerPanel;
import com.setia.i18n.I18n;
import com.setia.shop.SettingsSection;
import com.setia.shop.ShopService;

/**
 * Apology letters and the shop settings they need, made once and handed to the composition root: the Letters tab of
 * a customer's page, the Settings section, and the {@link LetterComposer} other features open letters with.
 */
public final class LettersModule {
    private final LetterComposer composer;
    private final List<CustomerPanel> customerPanels;
    private final Section settingsSection;

    /** {@code dataDir}: where copies of the logo and signature are kept (null: keep the paths as chosen). */
    public LettersModule(Jdbi jdbi, Clock clock, TaskRunner runner, I18n i18n, java.nio.file.Path dataDir) {
        this(jdbi, clock, runner, i18n, new SystemLetterPrinter(), dataDir);
    }

    public LettersModule(Jdbi jdbi, Clock clock, TaskRunner runner, I18n i18n, LetterPrinter printer,
            java.nio.file.Path dataDir) {
        ShopService shop = new ShopService(jdbi, clock, dataDir);
        LetterService letters = new LetterService(jdbi, clock);
        LetterTemplateService templates = new LetterTemplateService(jdbi, clock);
        LetterOutput output = new LetterOutput(letters, shop, new LetterRenderer(), printer, new LetterFiles());
        this.composer = new LetterComposer(templates, letters, shop, output, i18n, runner);
        this.customerPanels = List.of(new LettersPanel(letters, output, composer, i18n, runner, clock));
        this.settingsSection = new SettingsSection(shop, List.of(new LetterTemplatesPage(templates, i18n, runner)), i18n,
                runner);
    }

    /** Opens the compose window: {@code composer().open(window, LetterFacts.forCase(...))}. */
    public LetterComposer composer() {
        return composer;
    }

    public List<CustomerPanel> customerPanels() {
        return customerPanels;
    }

    public Section settingsSection() {
        return settingsSection;
    }
}
