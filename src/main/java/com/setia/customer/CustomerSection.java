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
    private final I18n i18n;

    public CustomerSection(CustomerService service, List<CustomerPanel> panels, I18n i18n, TaskRunner runner) {
        this.list = new CustomerListViewModel(service, runner, CustomerService.DEFAULT_PAGE);
        this.editor = new CustomerEditorViewModel(service, runner);
        this.panels = panels;
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
        return new CustomerView(list, editor, panels, i18n).root();
    }

    /**
     * Back on the customer book: other sections (Today, Win-back) may have changed customers meanwhile, so the
     * list is searched again and the open customer read again; unsaved typing stays, the stored status wins.
     */
    @Override
    public void onShown(Node view) {
        list.refresh();
        Customer open = editor.customerProperty().get();
        if (open != null) {
            editor.reloadStored(open.id(), list::replace);
        }
    }

    public CustomerListViewModel list() {
        return list;
    }

    public CustomerEditorViewModel editor() {
        return editor;
    }
}
