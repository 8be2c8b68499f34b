package com.setia.shop;

import java.util.ArrayList;
import java.util.List;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import com.setia.ui.Section;
import com.setia.common.TaskRunner;
import com.setia.i18n.I18n;

/** Settings in the navigation: the shop's letterhead and owner first, then the pages other features add. */
public final class SettingsSection implements Section {
    private final ShopSettingsViewModel shop;
    private final List<SettingsPage> pages;
    private final I18n i18n;

    public SettingsSection(ShopService service, List<SettingsPage> morePages, I18n i18n, TaskRunner runner) {
        this.shop = new ShopSettingsViewModel(service, runner, () -> i18n.getLanguage().tag());
        this.pages = List.copyOf(morePages);
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String titleKey() {
        return "shop.nav";
    }

    @Override
    public Ikon icon() {
        return Feather.SETTINGS;
    }

    @Override
    public Node createView() {
        TabPane tabs = new TabPane();
        tabs.setId("settings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        List<Tab> all = new ArrayList<>();
        Tab details = new Tab(i18n.t("shop.tab.details"), new ShopSettingsView(shop, i18n).root());
        details.setId("settings-tab-shop");
        all.add(details);
        for (SettingsPage page : pages) {
            Tab tab = new Tab(i18n.t(page.titleKey()), page.createView());
            tab.setId("settings-tab-" + page.id());
            all.add(tab);
        }
        tabs.getTabs().setAll(all);
        shop.loadIfUnchanged();
        return tabs;
    }

    @Override
    public void onShown(Node view) {
        shop.loadIfUnchanged();
    }

    public ShopSettingsViewModel shop() {
        return shop;
    }
}
