package com.setia.app;

import com.setia.ui.Theme;
import com.setia.ui.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;
import com.setia.i18n.Language;

/**
 * The main window: navigation on the left, the chosen section in the middle, the language switch on top and
 * where the data lives at the bottom. Switching the language rebuilds every view in the new language; the
 * sections keep their state (view-models), so nothing typed is lost.
 */
public final class MainShell {
    private final List<Section> sections;
    private final I18n i18n;
    private final UiPreferences preferences;
    private final String storeDescription;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final Map<String, Node> views = new LinkedHashMap<>();
    private String current;

    public MainShell(List<Section> sections, I18n i18n, UiPreferences preferences, String storeDescription) {
        this.sections = List.copyOf(sections);
        this.i18n = i18n;
        this.preferences = preferences;
        this.storeDescription = storeDescription;
        root.setId("main-shell");
        root.getStyleClass().add("main-shell");
        content.getStyleClass().add("section-content");
        current = sections.isEmpty() ? null : sections.get(0).id();
        rebuild();
    }

    public BorderPane root() {
        return root;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Shows the section with this id. */
    public void show(String sectionId) {
        Section section = sections.stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + sectionId));
        current = sectionId;
        if (root.getLeft() != null && root.getLeft().lookup("#nav-" + sectionId) instanceof ToggleButton nav) {
            nav.setSelected(true); // also when another section sends the owner here
        }
        Node view = views.computeIfAbsent(sectionId, id -> section.createView());
        content.getChildren().setAll(view);
        section.onShown(view);
        title.set(i18n.t("app.window.title", i18n.t(section.titleKey())));
    }

    /**
     * Reads the shown section's data again (what another PC on a shared store changed): the same as coming back to
     * it, so unsaved typing stays.
     */
    public void refreshShown() {
        if (current == null) return;
        sections.stream().filter(s -> s.id().equals(current)).findFirst().ifPresent(section -> {
            Node view = views.get(current);
            if (view != null) section.onShown(view);
        });
    }

    /** Switches the UI language, remembers it, and rebuilds every view in it. */
    public void switchLanguage(Language language) {
        if (language == i18n.getLanguage()) {
            return;
        }
        i18n.setLanguage(language);
        preferences.setLanguage(language);
        rebuild();
    }

    private void rebuild() {
        views.clear();
        root.setTop(header());
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar());
        if (current != null) {
            show(current);
        }
    }

    private Node header() {
        ImageView logo = new ImageView(Theme.logo(32));
        logo.setFitWidth(28);
        logo.setFitHeight(28);
        Label name = new Label(i18n.t("app.title"));
        name.getStyleClass().addAll(Styles.TITLE_3, "app-name");
        Label tagline = new Label(i18n.t("app.tagline"));
        tagline.getStyleClass().addAll(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ComboBox<Language> language = new ComboBox<>();
        language.setId("language-switch");
        language.getItems().setAll(Language.values());
        language.setValue(i18n.getLanguage());
        language.setCellFactory(lv -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                // Rebuilding replaces this combo box; let its own event finish first.
                javafx.application.Platform.runLater(() -> switchLanguage(now));
            }
        });
        Label languageLabel = new Label(i18n.t("app.language"), new FontIcon("fth-globe"));
        languageLabel.setLabelFor(language);

        HBox bar = new HBox(12, logo, name, tagline, spacer, languageLabel, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("app-header");
        return bar;
    }

    private Node navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.getStyleClass().add("app-nav");
        // At least 210 wide, wider when a language's names need it ("Menangkan kembali"): never cut a name.
        nav.setMinWidth(210);
        for (Section section : sections) {
            ToggleButton button = new ToggleButton(i18n.t(section.titleKey()), new FontIcon(section.icon()));
            button.setId("nav-" + section.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setContentDisplay(ContentDisplay.LEFT);
            button.setGraphicTextGap(10);
            button.getStyleClass().add("nav-button");
            button.setSelected(section.id().equals(current));
            button.setOnAction(e -> {
                button.setSelected(true);
                show(section.id());
            });
            nav.getChildren().add(button);
        }
        return nav;
    }

    private final List<java.util.function.Function<List<javafx.util.Subscription>, Node>> statusItems = new java.util.ArrayList<>();
    private final List<javafx.util.Subscription> statusSubscriptions = new java.util.ArrayList<>();

    /**
     * Adds something to the status bar (the last backup's time), made anew with each rebuild; {@code item} hands
     * back the subscriptions it made, ended when the bar is rebuilt.
     */
    public void addStatusItem(java.util.function.Function<List<javafx.util.Subscription>, Node> item) {
        statusItems.add(item);
        root.setBottom(statusBar());
    }

    private Node statusBar() {
        statusSubscriptions.forEach(javafx.util.Subscription::unsubscribe);
        statusSubscriptions.clear();
        Label store = new Label(i18n.t("app.store.location", storeDescription), new FontIcon("fth-database"));
        store.setId("store-location");
        store.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox bar = new HBox(16, store);
        for (var item : statusItems) {
            bar.getChildren().add(item.apply(statusSubscriptions));
        }
        bar.setPadding(new Insets(4, 16, 4, 16));
        bar.getStyleClass().add("app-status");
        return bar;
    }

    private static final class LanguageCell extends ListCell<Language> {
        @Override
        protected void updateItem(Language item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.nativeName());
        }
    }
}
