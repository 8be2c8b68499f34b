package com.setia.letter;

import static com.setia.letter.LetterTestData.facts;
import static com.setia.letter.LetterTestData.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.setia.customer.Salutation;
import com.setia.i18n.Language;
import com.setia.shop.ShopSettings;

class LetterDrafterTest {
    final LetterDrafter drafter = new LetterDrafter();

    private LetterContent draft(Salutation s, Language l) {
        return drafter.draft(facts(s, l), DefaultTemplates.of(l), shop());
    }

    @Test
    void aLetterBeforeTheShopNameIsSetSaysOurShopNotNothing() {
        ShopSettings full = shop();
        ShopSettings noName = new ShopSettings(null, full.address(), full.phone(), full.email(), null,
                full.ownerName(), full.ownerTitleMs(), null);
        LetterContent ms = drafter.draft(facts(Salutation.MRS, Language.MS), DefaultTemplates.of(Language.MS), noName);
        assertThat(ms.subject()).isEqualTo("Permohonan maaf daripada kedai kami");
        assertThat(ms.body()).doesNotContain(" .").doesNotContain("{shop_name}");
        LetterContent id = drafter.draft(facts(Salutation.MR, Language.ID), DefaultTemplates.of(Language.ID), noName);
        assertThat(id.subject()).isEqualTo("Permohonan maaf dari toko kami");
    }

    @Test
    void malayLetterAddressesPuanAndApologises() {
        LetterContent c = draft(Salutation.MRS, Language.MS);
        assertThat(c.body()).startsWith("Yang dihormati Puan Siti Aminah,");
        assertThat(c.body()).contains("memohon maaf dengan setulus hati", "yang Puan alami bersama Kedai Runcit Setia");
        assertThat(c.body()).contains("bertanggungjawab sepenuhnya");
        assertThat(c.body()).endsWith("Yang ikhlas,");
        assertThat(c.subject()).isEqualTo("Permohonan maaf daripada Kedai Runcit Setia");
        assertThat(c.recipient()).isEqualTo("Puan Siti Aminah\nJalan Tun Razak\n50400 Kuala Lumpur");
    }

    @Test
    void malayWithoutFormOfAddressUsesTuanPuan() {
        LetterContent c = draft(Salutation.NONE, Language.MS);
        assertThat(c.body()).startsWith("Yang dihormati Tuan/Puan Siti Aminah,");
        assertThat(c.body()).contains("yang Tuan/Puan alami");
        assertThat(c.recipient()).startsWith("Siti Aminah\n");
    }

    @Test
    void malayMrIsEncikAndMsIsCik() {
        assertThat(draft(Salutation.MR, Language.MS).body()).startsWith("Yang dihormati Encik Siti Aminah,");
        assertThat(draft(Salutation.MS, Language.MS).body()).startsWith("Yang dihormati Cik Siti Aminah,");
    }

    @Test
    void indonesianLetterAddressesIbuOrBapak() {
        LetterContent ibu = draft(Salutation.MRS, Language.ID);
        assertThat(ibu.recipient()).startsWith("Yth. Ibu Siti Aminah");
        assertThat(ibu.body()).as("the greeting of an Indonesian letter").startsWith("Dengan hormat,");
        assertThat(ibu.body()).contains("permohonan maaf yang sebesar-besarnya", "yang Ibu alami bersama Kedai Runcit Setia");
        assertThat(ibu.body()).contains("bertanggung jawab penuh").endsWith("Hormat saya,");
        assertThat(draft(Salutation.MR, Language.ID).recipient()).startsWith("Yth. Bapak Siti Aminah");
        assertThat(draft(Salutation.NONE, Language.ID).recipient()).startsWith("Yth. Bapak/Ibu Siti Aminah");
        assertThat(draft(Salutation.NONE, Language.ID).body()).startsWith("Dengan hormat,")
                .contains("yang Bapak/Ibu alami");
    }

    @Test
    void englishLetterAddressesMrsAndApologises() {
        LetterContent c = draft(Salutation.MRS, Language.EN);
        assertThat(c.body()).startsWith("Dear Mrs Siti Aminah,");
        assertThat(c.body()).contains("to apologise for your recent experience with Kedai Runcit Setia");
        assertThat(c.body()).contains("take full responsibility").endsWith("Yours sincerely,");
        assertThat(draft(Salutation.NONE, Language.EN).body()).startsWith("Dear Siti Aminah,");
    }

    @Test
    void caseFactsAreFilledInAsSentences() {
        LetterContent c = draft(Salutation.MRS, Language.EN);
        assertThat(c.body()).contains("I have looked into what happened. The rice we delivered on 28 February was the wrong "
                + "brand, and nobody called you back.");
        assertThat(c.body()).contains("we would like to offer you: a free 5 kg bag of your usual rice, delivered to your door "
                + "this week.");
        assertThat(c.body()).doesNotContain("{");
    }

    @Test
    void missingFactsLeaveBracketedHintsInTheLettersLanguage() {
        LetterFacts f = new LetterFacts(1L, null, "Budi Santoso", Salutation.MR, null, Language.ID, LetterTestData.DATE,
                " ", null);
        LetterContent c = drafter.draft(f, DefaultTemplates.of(Language.ID), shop());
        assertThat(c.body()).contains(LetterWords.whatWentWrongHint(Language.ID), LetterWords.offerHint(Language.ID));
        assertThat(c.recipient()).isEqualTo("Yth. Bapak Budi Santoso");
    }

    @Test
    void unknownPlaceholdersStayAndEmptySettingsGiveEmptyTextButForTheShopsName() {
        LetterTemplate t = new LetterTemplate(LetterKind.APOLOGY, Language.EN, "{shop_name}", "{owner_name}|{unknown}|{date}|{customer_name}", true);
        LetterContent c = drafter.draft(facts(Salutation.MR, Language.EN), t, ShopSettings.EMPTY);
        assertThat(c.subject()).isEqualTo("our shop");
        assertThat(c.body()).isEqualTo("|{unknown}|2 March 2026|Siti Aminah");
    }

    @Test
    void datesAreWrittenInTheLettersLanguage() {
        assertThat(LetterWords.date(LetterTestData.DATE.withMonth(8), Language.MS)).isEqualTo("2 Ogos 2026");
        assertThat(LetterWords.date(LetterTestData.DATE.withMonth(8), Language.ID)).isEqualTo("2 Agustus 2026");
        assertThat(LetterWords.date(LetterTestData.DATE, Language.EN)).isEqualTo("2 March 2026");
    }

    @Test
    void refusesATemplateInAnotherLanguage() {
        assertThatThrownBy(() -> drafter.draft(facts(Salutation.MR, Language.EN), DefaultTemplates.of(Language.MS), shop()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
