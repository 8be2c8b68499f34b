package com.setia.letter;

import java.time.Clock;
import java.util.Objects;

import javafx.scene.Node;

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerPanel;
import com.setia.customer.CustomerService;
import com.setia.i18n.I18n;

/** The "Letters" tab on a customer's page. */
public final class LettersPanel implements CustomerPanel {
    private final LetterService letters;
    private final LetterOutput output;
    private final LetterComposer composer;
    private final I18n i18n;
    private final TaskRunner runner;
    private final Clock clock;
    private final FileOpener opener;
    private final CustomerService customers;

    public LettersPanel(LetterService letters, LetterOutput output, LetterComposer composer, CustomerService customers,
            I18n i18n, TaskRunner runner, Clock clock, FileOpener opener) {
        this.customers = Objects.requireNonNull(customers);
        this.opener = Objects.requireNonNull(opener);
        this.letters = Objects.requireNonNull(letters);
        this.output = Objects.requireNonNull(output);
        this.composer = Objects.requireNonNull(composer);
        this.i18n = Objects.requireNonNull(i18n);
        this.runner = Objects.requireNonNull(runner);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public String titleKey() {
        return "letter.tab";
    }

    @Override
    public Node create(Customer customer) {
        LettersPanelViewModel vm = new LettersPanelViewModel(letters, output, runner, opener, customer.id());
        vm.setCustomers(customers);
        Node view = new LettersPanelView(vm, composer, customer, i18n, clock).root();
        vm.refresh();
        return view;
    }
}
