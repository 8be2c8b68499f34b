package com.setia.winback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.incident.Channel;
import com.setia.incident.Severity;
import com.setia.reasons.LossReason;

/** Keys built from enums exist in every language, and the domain's wording is used word for word. */
class WinbackBundlesTest {
    static List<String> enumKeys() {
        List<String> keys = new ArrayList<>();
        for (Channel c : Channel.values()) keys.add(c.messageKey());
        for (Severity s : Severity.values()) keys.add(s.messageKey());
        for (LossReason r : LossReason.values()) keys.add(r.messageKey());
        for (Step s : Step.values()) {
            keys.add(s.messageKey());
            keys.add(s.hintKey());
        }
        for (Outcome o : Outcome.values()) {
            keys.add(o.messageKey());
            keys.add("winback.close.done." + o.name());
        }
        for (ActFastLevel l : ActFastLevel.values()) keys.add("winback.clock.waiting." + l.name());
        return keys;
    }

    @Test
    void everyEnumKeyIsInEveryLanguage() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = I18n.bundleFor(language);
            assertThat(enumKeys()).as("in %s", language).allMatch(bundle::containsKey);
        }
    }

    @Test
    void theTenReasonsAndFourStepsUseTheSourceWording() {
        I18n i18n = new I18n(Language.MS);
        assertThat(i18n.t(LossReason.I.messageKey())).isEqualTo("Tiada kesungguhan");
        assertThat(i18n.t(LossReason.VI.messageKey()))
                .isEqualTo("Menyalahkan proses atau prosedur disebabkan kelemahan perkhidmatan");
        assertThat(i18n.t(LossReason.IX.messageKey())).isEqualTo("Kita rasa kita yang paling betul");
        assertThat(i18n.t(Step.OLIVE_BRANCH.messageKey())).isEqualTo("Panjangkan cabang zaitun");
        i18n.setLanguage(Language.ID);
        assertThat(i18n.t(LossReason.III.messageKey())).isEqualTo("Pilih kasih kepada pelanggan lain");
        assertThat(i18n.t(Step.EXPLAIN.messageKey())).isEqualTo("Jelaskan penyebab kesalahan dan bertanggung jawab");
        i18n.setLanguage(Language.EN);
        assertThat(i18n.t(LossReason.X.messageKey())).isEqualTo("Not appreciating the customer");
        assertThat(i18n.t(Step.ACT_FAST.messageKey())).isEqualTo("Act fast");
    }
}
