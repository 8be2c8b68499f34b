package com.setia.contact;

/**
 * Where a WhatsApp message goes: opened through a wa.me link when WhatsApp can be reached, else the number and
 * the text are put on the clipboard for the owner to paste. The desktop implementation is {@link DesktopWhatsApp}.
 */
public interface WhatsAppChannel {
    /** True when wa.me can be reached now. Called off the FX thread: it may wait for the network. */
    boolean online();

    /** Opens the link in the WhatsApp app or the browser. Called on the FX thread. */
    void open(String link);

    /** Puts the text on the clipboard. Called on the FX thread. */
    void copy(String text);
}
