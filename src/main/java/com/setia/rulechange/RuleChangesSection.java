package com.setia.rulechange;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import javafx.scene.Node;

import com.setia.i18n.I18n;
import com.setia.ui.Section;

/** "Rule changes" in the navigation. The view-model outlives the views, so a language switch loses nothing typed. */
public final class RuleChangesSection implements Section {
    public static final String ID = "rules";
    private final RuleChangesViewModel vm;
    private final I18n i18n;

    public RuleChangesSection(RuleChangesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "rules.nav";
    }

    @Override
    public Ikon icon() {
        return Feather.BELL;
    }

    @Override
    public Node createView() {
        return new RuleChangesView(vm, i18n).root();
    }

    @Override
    public void onShown(Node view) {
        vm.load();
    }

    public RuleChangesViewModel viewModel() {
        return vm;
    }
}
