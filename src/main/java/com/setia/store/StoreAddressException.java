package com.setia.store;

/** The store asked for ({@code --store=}, {@code SETIA_STORE} or the setting) is not an address Setia can use. */
public final class StoreAddressException extends StoreException {
    private final String address;
    private final String reasonKey;

    public StoreAddressException(String address, String reasonKey) {
        super("Not a store address: " + address + " (" + reasonKey + ")", null);
        this.address = address.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(//[^:/@]+):[^@/]*@", "$1:***@");
        this.reasonKey = reasonKey;
    }

    public String address() {
        return address;
    }

    /** The bundle key saying what is wrong (under {@code store.address.}). */
    public String reasonKey() {
        return reasonKey;
    }
}
