package com.setia.letter;

import javafx.scene.Node;

import com.setia.common.TaskRunner;
import com.setia.i18n.I18n;
import com.setia.shop.SettingsPage;

/** The "Letter templates" tab of Settings. */
public final class LetterTemplatesPage implements SettingsPage {
    private final LetterTemplatesViewModel vm;
    private final I18n i18n;

    public LetterTemplatesPage(LetterTemplateService templates, I18n i18n, TaskRunner runner) {
        this.vm = new LetterTemplatesViewModel(templates, runner);
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return "letter-templates";
    }

    @Override
    public String titleKey() {
        return "letter.templates.tab";
    }

    @Override
    public Node createView() {
        Node view = new LetterTemplatesView(vm, i18n).root();
        if (vm.languageProperty().get() == null) {
            vm.select(i18n.getLanguage()); // first time; afterwards (e.g. a UI language switch) unsaved edits stay
        }
        return view;
    }
}
