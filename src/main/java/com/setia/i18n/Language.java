package com.setia.i18n;

import java.util.Locale;

/** The three languages of Setia: for the UI, for customers' preferred language and for letters. */
public enum Language {
    MS("ms", "Bahasa Melayu"),
    ID("id", "Bahasa Indonesia"),
    EN("en", "English");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself, so each owner recognises their own in any UI language. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language for a locale: Malay and Indonesian as themselves, anything else English. */
    public static Language fromLocale(Locale locale) {
        if (locale == null) {
            return EN;
        }
        return switch (locale.getLanguage()) {
            case "ms", "zsm" -> MS;
            case "id", "in" -> ID;
            default -> EN;
        };
    }

    /** Parses a tag such as {@code ms}, {@code id-ID} or {@code EN}; null when it names none of the three. */
    public static Language fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String lang = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Language l : values()) {
            if (l.tag.equals(lang) || ("in".equals(lang) && l == ID)) {
                return l;
            }
        }
        return null;
    }
}
