package com.setia.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.setia.customer.Salutation;
import com.setia.i18n.Language;

/**
 * The few words of a letter that are not in its template: polite forms when a customer has no form of address,
 * the date as written in each language, and the bracketed hints left where the owner still has to write.
 * These belong to the letter's language, not to the UI's, so they are here and not in the message bundles.
 */
public final class LetterWords {
    private LetterWords() {
    }

    /** "Puan Siti Aminah"; with no form of address "Tuan/Puan Siti Aminah", "Bapak/Ibu Siti Aminah", "Siti Aminah". */
    public static String salutationName(Salutation salutation, Language language, String name) {
        if (!salutation.isNone()) {
            return salutation.address(language, name);
        }
        return switch (language) {
            case MS -> "Tuan/Puan " + name;
            case ID -> "Bapak/Ibu " + name;
            // "Dear Sir or Madam" is for strangers; a shop writing to a customer it knows uses the name.
            case EN -> name;
        };
    }

    /** The polite "you": Malay and Indonesian letters address the reader by title ("Puan", "Ibu"). */
    public static String you(Salutation salutation, Language language) {
        if (language == Language.EN) {
            return "you";
        }
        if (!salutation.isNone()) {
            return salutation.in(language);
        }
        return language == Language.MS ? "Tuan/Puan" : "Bapak/Ibu";
    }

    public static String date(LocalDate date, Language language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(date);
    }

    /** Stands in for the shop's name until the owner fills it in, so a sentence never ends in "from ." */
    public static String ourShop(Language language) {
        return switch (language) {
            case MS -> "kedai kami";
            case ID -> "toko kami";
            case EN -> "our shop";
        };
    }

    /** The owner's title when the owner gave one in another language only: "Pemilik", "Owner". */
    public static String ownerTitle(Language language) {
        return language == Language.EN ? "Owner" : "Pemilik";
    }

    public static String whatWentWrongHint(Language language) {
        return switch (language) {
            case MS -> "[Terangkan dengan ringkas apa yang berlaku dan mengapa, dari pihak kami.]";
            case ID -> "[Jelaskan secara singkat apa yang terjadi dan mengapa, dari pihak kami.]";
            case EN -> "[Say briefly what happened and why, from our side.]";
        };
    }

    public static String offerHint(Language language) {
        return switch (language) {
            case MS -> "[Nyatakan tawaran kami, contohnya penggantian barang, bayaran balik atau baucar.]";
            case ID -> "[Sebutkan penawaran kami, misalnya penggantian barang, pengembalian uang atau voucer.]";
            case EN -> "[State our offer, for example a replacement, a refund or a voucher.]";
        };
    }

    /** Every hint of every language, to warn before a letter with one left in it is printed. */
    public static List<String> allHints() {
        return List.of(whatWentWrongHint(Language.MS), whatWentWrongHint(Language.ID), whatWentWrongHint(Language.EN),
                offerHint(Language.MS), offerHint(Language.ID), offerHint(Language.EN));
    }
}
