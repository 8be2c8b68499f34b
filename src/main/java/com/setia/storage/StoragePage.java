package com.setia.storage;

import javafx.application.Platform;
import javafx.scene.Node;

import com.setia.common.TaskRunner;
import com.setia.i18n.I18n;
import com.setia.shop.SettingsPage;

/** The "Data store" tab of Settings. Its view-model outlives the views, so a language switch loses nothing. */
public final class StoragePage implements SettingsPage {
    private final StorageViewModel vm;
    private final I18n i18n;

    public StoragePage(StorageService service, I18n i18n, TaskRunner runner) {
        this.vm = new StorageViewModel(service, runner, Platform::runLater);
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return "storage";
    }

    @Override
    public String titleKey() {
        return "storage.tab";
    }

    @Override
    public Node createView() {
        return new StorageView(vm, i18n).root();
    }

    public StorageViewModel viewModel() {
        return vm;
    }
}
