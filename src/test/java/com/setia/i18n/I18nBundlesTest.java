package com.setia.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class I18nBundlesTest {

    private static Set<String> keys(Language language) {
        ResourceBundle bundle = I18n.bundleFor(language);
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    @Test
    void everyLanguageHasExactlyTheSameKeys() {
        Set<String> en = keys(Language.EN);
        for (Language language : Language.values()) {
            Set<String> other = keys(language);
            Set<String> missing = new TreeSet<>(en);
            missing.removeAll(other);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(en);
            assertThat(missing).as("keys missing from %s", language).isEmpty();
            assertThat(extra).as("keys only in %s", language).isEmpty();
        }
    }

    @Test
    void eachBundleIsReallyItsOwnLanguage() {
        assertThat(I18n.bundleFor(Language.MS).getString("customer.save")).isEqualTo("Simpan");
        assertThat(I18n.bundleFor(Language.ID).getString("customer.archive")).isEqualTo("Arsipkan");
        assertThat(I18n.bundleFor(Language.EN).getString("customer.save")).isEqualTo("Save");
    }

    @Test
    void noValueIsBlankAndEveryPatternParses() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = I18n.bundleFor(language);
            for (String key : Collections.list(bundle.getKeys())) {
                String value = bundle.getString(key);
                assertThat(value).as("%s in %s", key, language).isNotBlank();
                new MessageFormat(value, language.locale()); // throws on a broken pattern
            }
        }
    }

    @Test
    void apostrophesAreWrittenSoTheyShow() {
        // MessageFormat eats a lone ' (it starts a quoted part); '' shows as one apostrophe.
        for (Language language : Language.values()) {
            ResourceBundle bundle = I18n.bundleFor(language);
            for (String key : Collections.list(bundle.getKeys())) {
                String value = bundle.getString(key);
                assertThat(value.replace("''", "")).as("%s in %s: write '' or ’ for an apostrophe", key, language)
                        .doesNotContain("'");
            }
        }
        assertThat(new I18n(Language.EN).t("customer.error.nameRequired")).isEqualTo("Please enter the customer's name.");
    }

    @Test
    void formatsArgumentsAndShowsMissingKeysPlainly() {
        I18n i18n = new I18n(Language.EN);
        assertThat(i18n.t("customer.count", 1)).isEqualTo("1 customer");
        assertThat(i18n.t("customer.count", 1234)).isEqualTo("1,234 customers");
        assertThat(i18n.t("no.such.key")).isEqualTo("!no.such.key!");
        i18n.setLanguage(Language.MS);
        assertThat(i18n.t("customer.count", 0)).isEqualTo("Tiada pelanggan");
    }

    @Test
    void languagesFollowTheSystemLocale() {
        assertThat(Language.fromLocale(java.util.Locale.forLanguageTag("ms-MY"))).isEqualTo(Language.MS);
        assertThat(Language.fromLocale(java.util.Locale.forLanguageTag("id-ID"))).isEqualTo(Language.ID);
        assertThat(Language.fromLocale(new java.util.Locale("in", "ID"))).isEqualTo(Language.ID);
        assertThat(Language.fromLocale(java.util.Locale.forLanguageTag("en-MY"))).isEqualTo(Language.EN);
        assertThat(Language.fromLocale(java.util.Locale.forLanguageTag("zh-CN"))).isEqualTo(Language.EN);
        assertThat(Language.fromTag("xx")).isNull();
    }
}
