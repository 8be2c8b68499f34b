package com.setia.incident;

/** How the customer reached us when the incident happened. */
public enum Channel {
    COUNTER, PHONE, WHATSAPP, EMAIL, OTHER;

    public String messageKey() {
        return "incident.channel." + name();
    }
}
