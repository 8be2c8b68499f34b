package com.setia.health;

import java.time.Clock;

import javafx.scene.Node;

import com.setia.checklist.ChecklistView;
import com.setia.checklist.ChecklistViewModel;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerPanel;
import com.setia.i18n.I18n;

/** The "Relationship health" tab of a customer's page: the eight things that damage a relationship, ticked with a day. */
public final class HealthPanel implements CustomerPanel {
    private final HealthService service;
    private final TaskRunner runner;
    private final Clock clock;
    private final I18n i18n;

    public HealthPanel(HealthService service, TaskRunner runner, Clock clock, I18n i18n) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        return "health.tab";
    }

    @Override
    public Node create(Customer customer) {
        ChecklistViewModel<HealthItem> vm = new ChecklistViewModel<>(service, runner, clock, "health");
        Node view = new ChecklistView<>(vm, i18n, "health", "health-check").build();
        vm.load(customer.id());
        return view;
    }
}
