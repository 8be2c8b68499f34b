package com.setia.letter;

import java.time.LocalDate;

import com.setia.customer.Salutation;
import com.setia.i18n.Language;
import com.setia.shop.ShopSettings;

/** Facts and settings shared by the letter tests. */
final class LetterTestData {
    private LetterTestData() {
    }

    static final LocalDate DATE = LocalDate.of(2026, 3, 2);

    static ShopSettings shop() {
        return new ShopSettings("Kedai Runcit Setia", "No. 12, Jalan Merdeka\n43000 Kajang, Selangor", "03-8736 1234",
                "setia@kedai.my", null, "Aminah binti Yusof", "Pemilik", null);
    }

    static LetterFacts facts(Salutation salutation, Language language) {
        return new LetterFacts(1L, 7L, "Siti Aminah", salutation, "Jalan Tun Razak\n50400 Kuala Lumpur", language, DATE,
                "The rice we delivered on 28 February was the wrong brand, and nobody called you back",
                "a free 5 kg bag of your usual rice, delivered to your door this week");
    }
}
