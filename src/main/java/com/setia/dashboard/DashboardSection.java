package com.setia.dashboard;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import javafx.scene.Node;

import com.setia.i18n.I18n;
import com.setia.ui.Section;

/** "At a glance" in the navigation: the dashboard, read again each time it is shown. */
public final class DashboardSection implements Section {
    public static final String ID = "dashboard";
    private final DashboardViewModel vm;
    private final I18n i18n;

    public DashboardSection(DashboardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "dashboard.nav";
    }

    @Override
    public Ikon icon() {
        return Feather.BAR_CHART_2;
    }

    @Override
    public Node createView() {
        return new DashboardView(vm, i18n).root();
    }

    @Override
    public void onShown(Node view) {
        vm.load();
    }

    public DashboardViewModel viewModel() {
        return vm;
    }
}
