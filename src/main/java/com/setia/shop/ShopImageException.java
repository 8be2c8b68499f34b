package com.setia.shop;

import java.nio.file.Path;

/** A chosen logo or signature could not be copied into the data folder; nothing was saved. */
public final class ShopImageException extends RuntimeException {
    public ShopImageException(Path image, Throwable cause) {
        super("Cannot copy " + image + " into the data folder", cause);
    }
}
