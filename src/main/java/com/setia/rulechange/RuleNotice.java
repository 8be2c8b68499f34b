package com.setia.rulechange;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import com.setia.customer.Customer;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.letter.LetterWords;

/**
 * The short notice of a change in the customer's own language (not the owner's): to read out on the phone, paste
 * into WhatsApp or print. Words from the bundles of that language; the polite forms and dates as letters write them.
 */
public final class RuleNotice {
    private RuleNotice() {
    }

    public static String text(RuleChange change, Customer customer, String shopName) {
        Language lang = customer.preferredLanguage() == null ? Language.MS : customer.preferredLanguage();
        ResourceBundle words = I18n.bundleFor(lang);
        String title = change.title().strip();
        while (title.endsWith(".")) title = title.substring(0, title.length() - 1).strip();
        String details = change.details() == null ? "" : " " + change.details().strip();
        String shop = shopName == null || shopName.isBlank() ? LetterWords.ourShop(lang) : shopName.strip();
        return new MessageFormat(words.getString("rules.notice"), lang.locale()).format(new Object[] {
                LetterWords.salutationName(customer.salutation(), lang, customer.name()),
                LetterWords.date(change.effectiveOn(), lang),
                words.getString(change.kind().noticeKey()),
                shop,
                title,
                details,
                LetterWords.you(customer.salutation(), lang)});
    }
}
