package com.setia.customer;

import java.util.List;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import javafx.scene.Node;

import com.setia.ui.Section;
import com.setia.common.TaskRunner;
import com.setia.i18n.I18n;

/** The customer book in the navigation. Its view-models outlive the views, so a language switch loses nothing. */
public final class CustomerSection implements Section {
    private final CustomerListViewModel list;
    private final CustomerEditorViewModel editor;
    private final List<CustomerPanel> panels;
    private final List<CustomerHeader> headers;
    private final I18n i18n;

    public CustomerSection(CustomerService service, List<CustomerPanel> panels, I18n i18n, TaskRunner runner) {
        this(service, panels, List.of(), i18n, runner);
    }

    /** @param headers what other features show at the top of a customer's page, in order */
    public CustomerSection(CustomerService service, List<CustomerPanel> panels, List<CustomerHeader> headers, I18n i18n,
            TaskRunner runner) {
        this(service, panels, headers, VisitStandings.NONE, i18n, runner);
    }

    /** @param visitStandings each customer's last visit and going quiet, for the list's column and sort */
    public CustomerSection(CustomerService service, List<CustomerPanel> panels, List<CustomerHeader> headers,
            VisitStandings visitStandings, I18n i18n, TaskRunner runner) {
        this.list = new CustomerListViewModel(service, visitStandings, runner.searches(), CustomerService.DEFAULT_PAGE);
        this.editor = new CustomerEditorViewModel(service, runner);
        this.panels = List.copyOf(panels);
        this.headers = List.copyOf(headers);
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return "customers";
    }

    @Override
    public String titleKey() {
        return "nav.customers";
    }

    @Override
    public Ikon icon() {
        return Feather.USERS;
    }

    @Override
    public Node createView() {
        return new CustomerView(list, editor, panels, headers, i18n).root();
    }

    /**
     * Back on the customer book: other sections (Today, Win-back) may have changed customers meanwhile, so the
     * list is searched again, the open customer read again (unsaved typing stays, the stored status wins) and every
     * tab of the page reads the store again (a case acted on from Today shows its current state).
     */
    @Override
    public void onShown(Node view) {
        list.refresh();
        Customer open = editor.customerProperty().get();
        if (open != null) {
            editor.reloadStored(open.id(), list::replace);
        }
        CustomerView shown = CustomerView.of(view);
        if (shown != null) shown.refresh();
    }

    public CustomerListViewModel list() {
        return list;
    }

    public CustomerEditorViewModel editor() {
        return editor;
    }
}
