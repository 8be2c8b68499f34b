package com.setia.relationship;

import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;

import com.setia.i18n.I18n;
import com.setia.ui.TodayPart;

/** The "Going quiet" tab of Today. The view-model outlives the views, so a language switch loses nothing. */
public final class GoingQuietPart implements TodayPart {
    private final GoingQuietViewModel vm;
    private final I18n i18n;

    public GoingQuietPart(GoingQuietViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return "quiet";
    }

    @Override
    public String titleKey() {
        return "quiet.tab";
    }

    @Override
    public ObservableIntegerValue count() {
        return vm.totalProperty();
    }

    @Override
    public Node createView() {
        return new GoingQuietView(vm, i18n).root();
    }

    @Override
    public void reload() {
        vm.load();
    }

    public GoingQuietViewModel viewModel() {
        return vm;
    }
}
