package com.setia.letter;

import java.util.EnumMap;
import java.util.Map;

import com.setia.common.Text;
import com.setia.i18n.Language;
import com.setia.shop.ShopSettings;

/** Fills a template with the facts of a case and the shop's settings: the first draft the owner then edits. */
public final class LetterDrafter {

    public LetterContent draft(LetterFacts facts, LetterTemplate template, ShopSettings shop) {
        if (template.language() != facts.language()) {
            throw new IllegalArgumentException("Template in " + template.language() + " for a letter in " + facts.language());
        }
        Map<Placeholder, String> values = values(facts, shop);
        return new LetterContent(facts.language(), facts.date(), recipient(facts), fill(template.subject(), values),
                fill(template.body(), values));
    }

    /**
     * The recipient block: name with form of address, then the address lines. An Indonesian letter names the reader
     * "Yth." (Yang terhormat) here, and opens its body with "Dengan hormat,".
     */
    public static String recipient(LetterFacts facts) {
        String name = facts.salutation().address(facts.language(), facts.customerName());
        if (facts.language() == Language.ID) {
            name = "Yth. " + LetterWords.salutationName(facts.salutation(), facts.language(), facts.customerName());
        }
        String address = Text.blankToNull(facts.customerAddress());
        return address == null ? name : name + "\n" + address.replace("\r\n", "\n");
    }

    static Map<Placeholder, String> values(LetterFacts facts, ShopSettings shop) {
        Language lang = facts.language();
        Map<Placeholder, String> v = new EnumMap<>(Placeholder.class);
        v.put(Placeholder.SALUTATION_NAME, LetterWords.salutationName(facts.salutation(), lang, facts.customerName()));
        v.put(Placeholder.YOU, LetterWords.you(facts.salutation(), lang));
        v.put(Placeholder.CUSTOMER_NAME, facts.customerName());
        String shopName = Text.blankToNull(shop.shopName());
        v.put(Placeholder.SHOP_NAME, shopName == null ? LetterWords.ourShop(lang) : shopName);
        v.put(Placeholder.SHOP_ADDRESS, orEmpty(shop.address()));
        v.put(Placeholder.SHOP_PHONE, orEmpty(shop.phone()));
        v.put(Placeholder.OWNER_NAME, orEmpty(shop.ownerName()));
        String title = shop.ownerTitle(lang);
        v.put(Placeholder.OWNER_TITLE, title != null ? title : shop.hasOwnerTitle() ? LetterWords.ownerTitle(lang) : "");
        v.put(Placeholder.DATE, LetterWords.date(facts.date(), lang));
        String wrong = Text.blankToNull(facts.whatWentWrong());
        v.put(Placeholder.WHAT_WENT_WRONG, wrong == null ? LetterWords.whatWentWrongHint(lang) : sentence(wrong));
        String offer = Text.blankToNull(facts.offer());
        v.put(Placeholder.OFFER, offer == null ? LetterWords.offerHint(lang) : sentence(offer));
        return v;
    }

    /** Replaces every known {@code {placeholder}}; anything else in braces is left as written. */
    static String fill(String text, Map<Placeholder, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 200);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            Placeholder p = lookup(text.substring(open + 1, close));
            if (p == null) {
                out.append(text, open, close + 1);
            } else {
                out.append(values.get(p));
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static Placeholder lookup(String name) {
        for (Placeholder p : Placeholder.values()) {
            if (p.token().equals("{" + name.strip() + "}")) {
                return p;
            }
        }
        return null;
    }

    /** The owner's words as a sentence: trimmed, ending in a full stop if they had no closing mark. */
    private static String sentence(String s) {
        String t = s.strip();
        char last = t.charAt(t.length() - 1);
        return ".!?)\"'".indexOf(last) >= 0 ? t : t + ".";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

}
