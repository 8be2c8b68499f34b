package com.setia.relationship;

import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;

import com.setia.i18n.I18n;
import com.setia.ui.TodayPart;

/** The "Keep in touch" tab of Today. */
public final class KeepInTouchPart implements TodayPart {
    private final KeepInTouchViewModel vm;
    private final I18n i18n;

    public KeepInTouchPart(KeepInTouchViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return "keep";
    }

    @Override
    public String titleKey() {
        return "keep.tab";
    }

    @Override
    public ObservableIntegerValue count() {
        return vm.totalProperty();
    }

    @Override
    public Node createView() {
        return new KeepInTouchView(vm, i18n).root();
    }

    @Override
    public void reload() {
        vm.load();
    }

    public KeepInTouchViewModel viewModel() {
        return vm;
    }
}
