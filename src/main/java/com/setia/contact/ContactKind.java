package com.setia.contact;

/**
 * How the shop was in touch with a customer. Letters printed and win-back steps done are reported by those
 * features; the owner logs the rest.
 */
public enum ContactKind {
    CALL("fth-phone"),
    WHATSAPP("fth-message-circle"),
    LETTER("fth-mail"),
    OWNER_VISIT("fth-home"),
    WINBACK_STEP("fth-heart");

    private final String icon;

    ContactKind(String icon) {
        this.icon = icon;
    }

    /** The bundle key of the kind's name on screen. */
    public String messageKey() {
        return "contact.kind." + name();
    }

    /** An Ikonli (Feather) icon literal. */
    public String icon() {
        return icon;
    }

    /** The kinds the owner logs by hand (letters and win-back steps are logged by their features). */
    public static ContactKind[] loggable() {
        return new ContactKind[] {CALL, WHATSAPP, OWNER_VISIT, LETTER};
    }
}
