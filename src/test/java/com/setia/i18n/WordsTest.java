package com.setia.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/** Word choices made once for all screens (docs/decisions/0012), kept from drifting back. */
class WordsTest {
    private static String all(Language language) {
        ResourceBundle b = I18n.bundleFor(language);
        StringBuilder out = new StringBuilder();
        for (String key : Collections.list(b.getKeys())) out.append(b.getString(key)).append('\n');
        return out.toString().toLowerCase(Locale.ROOT);
    }

    @Test
    void theWonBackOutcomeHasOneNameOnEveryScreen() {
        for (Language language : Language.values()) {
            ResourceBundle b = I18n.bundleFor(language);
            String name = b.getString("winback.outcome.WON_BACK");
            assertThat(b.getString("customer.status.WON_BACK")).as("status in %s", language).isEqualTo(name);
            assertThat(b.getString("winback.close.done.WON_BACK")).as("closing message in %s", language).contains(name);
            assertThat(b.getString("today.followUp.wonBack")).as("follow-up box in %s", language).startsWith(name);
            assertThat(b.getString("today.followUp.doneWonBack")).as("follow-up message in %s", language).contains(name);
        }
    }

    @Test
    void noCalquesOfWinBack() {
        assertThat(all(Language.MS)).doesNotContain("menangi", "dimenangi");
        assertThat(all(Language.ID)).doesNotContain("menangkan", "dimenangkan");
    }

    @Test
    void closingACaseDoesNotWelcomeTheOwnerBack() {
        assertThat(all(Language.MS)).doesNotContain("selamat kembali");
        assertThat(all(Language.ID)).doesNotContain("selamat datang kembali");
        assertThat(all(Language.EN)).doesNotContain("welcome back");
    }

    @Test
    void indonesianWordsAreIndonesian() {
        ResourceBundle id = I18n.bundleFor(Language.ID);
        assertThat(id.getString("incident.channel.COUNTER")).isNotEqualToIgnoringCase("Kasir");
        assertThat(all(Language.ID)).as("one name for the apology letter").doesNotContain("permintaan maaf");
        assertThat(all(Language.MS)).doesNotContain("dianiaya");
    }

    @Test
    void limitsInProseComeFromTheConstants() {
        for (Language language : Language.values()) {
            ResourceBundle b = I18n.bundleFor(language);
            for (String key : Collections.list(b.getKeys())) {
                String v = b.getString(key);
                if (v.matches("(?s).*\\d[\\d.,]*\\s*(aksara|karakter|characters|digit|angka|jam|hours).*")) {
                    throw new AssertionError(key + " in " + language + " writes a limit as a number: pass it as {0}: " + v);
                }
            }
        }
    }
}
