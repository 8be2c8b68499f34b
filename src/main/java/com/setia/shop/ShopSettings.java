package com.setia.shop;

import com.setia.common.Text;
import com.setia.i18n.Language;

/**
 * The shop's letterhead and the owner who signs its letters. Every field may be empty until the owner fills it in;
 * {@code logoPath} and {@code signaturePath} name image files (PNG or JPEG) on this PC; {@link ShopService} keeps
 * its own copies in the data folder, so they go with it into a backup.
 */
public record ShopSettings(
        String shopName,
        String address,
        String phone,
        String email,
        String logoPath,
        String ownerName,
        String ownerTitleMs,
        String ownerTitleId,
        String ownerTitleEn,
        String signaturePath) {

    public static final ShopSettings EMPTY = new ShopSettings(null, null, null, null, null, null, null, null, null, null);

    /** Settings with one title for the owner, used in Malay and Indonesian letters ("Pemilik"); none in English. */
    public ShopSettings(String shopName, String address, String phone, String email, String logoPath, String ownerName,
            String ownerTitle, String signaturePath) {
        this(shopName, address, phone, email, logoPath, ownerName, ownerTitle, ownerTitle, null, signaturePath);
    }

    /** The owner's title as written in letters of {@code language}; null when the owner has not given it. */
    public String ownerTitle(Language language) {
        return Text.blankToNull(switch (language) {
            case MS -> ownerTitleMs;
            case ID -> ownerTitleId;
            case EN -> ownerTitleEn;
        });
    }

    /** True when the owner gave a title in any language. */
    public boolean hasOwnerTitle() {
        return Text.blankToNull(ownerTitleMs) != null || Text.blankToNull(ownerTitleId) != null || Text.blankToNull(ownerTitleEn) != null;
    }

    /** The same settings with blanks as null and text trimmed, as stored. */
    public ShopSettings normalised() {
        return new ShopSettings(Text.blankToNull(shopName), Text.blankToNull(address), Text.blankToNull(phone), Text.blankToNull(email), Text.blankToNull(logoPath),
                Text.blankToNull(ownerName), Text.blankToNull(ownerTitleMs), Text.blankToNull(ownerTitleId), Text.blankToNull(ownerTitleEn), Text.blankToNull(signaturePath));
    }

    public ShopSettings withImages(String logo, String signature) {
        return new ShopSettings(shopName, address, phone, email, logo, ownerName, ownerTitleMs, ownerTitleId, ownerTitleEn,
                signature);
    }

    /** True when the letterhead has what an apology needs: the shop's and the owner's names. */
    public boolean readyForLetters() {
        return Text.blankToNull(shopName) != null && Text.blankToNull(ownerName) != null;
    }

}
