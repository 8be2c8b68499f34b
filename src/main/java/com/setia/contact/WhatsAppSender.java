package com.setia.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;

/**
 * "Send on WhatsApp" from anywhere (a customer, a case step, a follow-up, the going-quiet list): builds the message
 * in the customer's language, opens WhatsApp or (offline) copies number and text to the clipboard, and logs the
 * message as a contact. Plain Java: the channel does the desktop part.
 */
public final class WhatsAppSender {
    /** How a send ended, for the view to say. */
    public enum Result {
        OPENED, COPIED, NO_NUMBER, FAILED;

        public String messageKey() {
            return "whatsapp.result." + name();
        }
    }

    private final ContactService contacts;
    private final WhatsAppChannel channel;
    private final TaskRunner runner;
    private final Clock clock;
    private final Supplier<String> shopName;

    public WhatsAppSender(ContactService contacts, WhatsAppChannel channel, TaskRunner runner, Clock clock,
            Supplier<String> shopName) {
        this.contacts = contacts;
        this.channel = channel;
        this.runner = runner;
        this.clock = clock;
        this.shopName = shopName;
    }

    /** The message that would be sent, or empty when the customer's number cannot take WhatsApp. */
    public Optional<WhatsAppMessage> message(Customer customer, WhatsAppMessage.Kind kind) {
        return WhatsAppMessage.of(customer, kind, shopName.get());
    }

    /** Sends (or copies) the message and logs the contact; {@code done} gets the result on the FX thread. */
    public void send(Customer customer, WhatsAppMessage.Kind kind, Consumer<Result> done) {
        runner.run(() -> {
            Optional<WhatsAppMessage> message = message(customer, kind);
            if (message.isEmpty()) return new Sent(null, false);
            boolean online = channel.online();
            String text = message.get().text();
            contacts.record(customer.id(), ContactKind.WHATSAPP, LocalDate.now(clock),
                    text.length() > ContactService.NOTE_MAX ? text.substring(0, ContactService.NOTE_MAX) : text);
            return new Sent(message.get(), online);
        }, sent -> {
            if (sent.message() == null) {
                done.accept(Result.NO_NUMBER);
            } else if (sent.online()) {
                channel.open(sent.message().link());
                done.accept(Result.OPENED);
            } else {
                channel.copy(sent.message().clipboardText());
                done.accept(Result.COPIED);
            }
        }, e -> done.accept(Result.FAILED));
    }

    private record Sent(WhatsAppMessage message, boolean online) {
    }
}
