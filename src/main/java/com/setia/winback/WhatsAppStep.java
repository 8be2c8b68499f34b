package com.setia.winback;

import java.util.function.Consumer;

/**
 * "Send on WhatsApp" from a case's apology step or a follow-up due on Today. The contact feature does the sending
 * (the message in the customer's language, wa.me or the clipboard when offline, the contact logged); the composition
 * root hands it in, so win-back knows nothing of how. Null where there is none (tests of win-back alone).
 */
@FunctionalInterface
public interface WhatsAppStep {
    /** Which prefilled text: the owner's apology, or the keep-in-touch greeting of a follow-up. */
    enum Text { APOLOGY, FOLLOW_UP }

    /**
     * Sends (or copies) the text to the customer and logs it as a contact; {@code done} gets, on the FX thread, the
     * bundle key of how it ended (argument 0: the customer's name).
     */
    void send(long customerId, Text text, Consumer<String> done);
}
