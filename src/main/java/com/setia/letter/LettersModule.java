package com.setia.letter;

import java.time.Clock;
import java.util.List;

import com.setia.common.TaskRunner;
import com.setia.customer.CustomerPanel;
import com.setia.customer.CustomerService;
import com.setia.i18n.I18n;
import com.setia.shop.SettingsPage;
import com.setia.shop.ShopService;

/**
 * The views of apology letters, made over the services the composition root hands in: the Letters tab of a
 * customer's page, the templates' tab of Settings, and the {@link LetterComposer} other features open letters with.
 */
public final class LettersModule {
    private final LetterComposer composer;
    private final List<CustomerPanel> customerPanels;
    private final SettingsPage templatesPage;

    public LettersModule(LetterService letters, LetterTemplateService templates, ShopService shop,
            CustomerService customers, Clock clock, TaskRunner runner, I18n i18n) {
        this(letters, templates, shop, customers, clock, runner, i18n, new SystemLetterPrinter(), new DesktopFileOpener());
    }

    public LettersModule(LetterService letters, LetterTemplateService templates, ShopService shop,
            CustomerService customers, Clock clock, TaskRunner runner, I18n i18n, LetterPrinter printer,
            FileOpener opener) {
        LetterOutput output = new LetterOutput(letters, shop, new LetterRenderer(), printer, new LetterFiles());
        this.composer = new LetterComposer(templates, letters, shop, output, i18n, runner);
        this.customerPanels = List.of(new LettersPanel(letters, output, composer, customers, i18n, runner, clock, opener));
        this.templatesPage = new LetterTemplatesPage(templates, i18n, runner);
    }

    /** Opens the compose window: {@code composer().open(window, LetterFacts.forCase(...))}. */
    public LetterComposer composer() {
        return composer;
    }

    public List<CustomerPanel> customerPanels() {
        return customerPanels;
    }

    /** The letter templates' tab of the Settings section. */
    public SettingsPage templatesPage() {
        return templatesPage;
    }
}
