package com.setia.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Every word on screen comes from here: the {@code messages} bundles in Malay, Indonesian and English.
 * The current language is observable, so the shell can rebuild its views when the owner switches.
 */
public final class I18n {
    public static final String BUNDLE = "com.setia.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language");
    private ResourceBundle bundle;

    public I18n(Language initial) {
        setLanguage(initial);
    }

    public static ResourceBundle bundleFor(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), I18n.class.getClassLoader(), NO_FALLBACK);
    }

    public void setLanguage(Language newLanguage) {
        Objects.requireNonNull(newLanguage, "language");
        this.bundle = bundleFor(newLanguage);
        language.set(newLanguage);
    }

    public Language getLanguage() {
        return language.get();
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Locale locale() {
        return getLanguage().locale();
    }

    /** The text of a message a view-model or service left for the owner, its arguments filled in. */
    public String t(com.setia.common.Message message) {
        return t(message.key(), message.argsArray());
    }

    /**
     * The text for {@code key}, with {@code {0}}-style arguments filled in. Every value is a MessageFormat
     * pattern, with or without arguments: write an apostrophe as {@code ''} (or use ’). A missing key shows as itself.
     */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // Always through MessageFormat, so every value follows one quoting rule ('' for an apostrophe).
        return new MessageFormat(pattern, locale()).format(args);
    }
}
