package com.setia.shop;

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
        String ownerTitle,
        String signaturePath) {

    public static final ShopSettings EMPTY = new ShopSettings(null, null, null, null, null, null, null, null);

    /** The same settings with blanks as null and text trimmed, as stored. */
    public ShopSettings normalised() {
        return new ShopSettings(clean(shopName), clean(address), clean(phone), clean(email), clean(logoPath),
                clean(ownerName), clean(ownerTitle), clean(signaturePath));
    }

    public ShopSettings withImages(String logo, String signature) {
        return new ShopSettings(shopName, address, phone, email, logo, ownerName, ownerTitle, signature);
    }

    /** True when the letterhead has what an apology needs: the shop's and the owner's names. */
    public boolean readyForLetters() {
        return clean(shopName) != null && clean(ownerName) != null;
    }

    private static String clean(String s) {
        return com.setia.common.Text.blankToNull(s);
    }
}
