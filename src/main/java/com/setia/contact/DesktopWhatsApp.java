package com.setia.contact;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** WhatsApp on the shop's PC: the system browser opens wa.me (HostServices), the system clipboard otherwise. */
public final class DesktopWhatsApp implements WhatsAppChannel {
    private final BooleanSupplier online;
    private final Consumer<String> browser;

    /**
     * @param online  whether wa.me can be reached ({@link #reachable()} in the app; fixed in tests)
     * @param browser opens a link, e.g. {@code HostServices::showDocument}
     */
    public DesktopWhatsApp(BooleanSupplier online, Consumer<String> browser) {
        this.online = online;
        this.browser = browser;
    }

    /** True when a connection to wa.me opens within two seconds. */
    public static boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("wa.me", 443), 2000);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean online() {
        return online.getAsBoolean();
    }

    @Override
    public void open(String link) {
        browser.accept(link);
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
