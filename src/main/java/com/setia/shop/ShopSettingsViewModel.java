package com.setia.shop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.setia.common.Currency;
import com.setia.common.Message;
import com.setia.common.Problem;
import com.setia.common.Refusal;
import com.setia.common.TaskRunner;

/**
 * The shop's details for letters: letterhead, owner, logo and signature images. A failed save keeps every
 * character typed. Image paths that point at no file are flagged at once, before a letter is printed.
 */
public final class ShopSettingsViewModel {
    private final ShopService service;
    private final TaskRunner runner;

    private final StringProperty shopName = new SimpleStringProperty(this, "shopName", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty logoPath = new SimpleStringProperty(this, "logoPath", "");
    private final StringProperty ownerName = new SimpleStringProperty(this, "ownerName", "");
    private final StringProperty ownerTitleMs = new SimpleStringProperty(this, "ownerTitleMs", "");
    private final StringProperty ownerTitleId = new SimpleStringProperty(this, "ownerTitleId", "");
    private final StringProperty ownerTitleEn = new SimpleStringProperty(this, "ownerTitleEn", "");
    private final StringProperty signaturePath = new SimpleStringProperty(this, "signaturePath", "");
    private final ReadOnlyBooleanWrapper logoMissing = new ReadOnlyBooleanWrapper(this, "logoMissing");
    private final ReadOnlyBooleanWrapper signatureMissing = new ReadOnlyBooleanWrapper(this, "signatureMissing");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ObjectProperty<Currency> currency = new SimpleObjectProperty<>(this, "currency", Currency.MYR);
    private final Supplier<String> languageTag;
    private boolean showing;

    public ShopSettingsViewModel(ShopService service, TaskRunner runner) {
        this(service, runner, () -> "ms");
    }

    /** {@code languageTag}: the window's language, for the currency shown before the owner has chosen one. */
    public ShopSettingsViewModel(ShopService service, TaskRunner runner, Supplier<String> languageTag) {
        this.service = Objects.requireNonNull(service);
        this.runner = Objects.requireNonNull(runner);
        this.languageTag = Objects.requireNonNull(languageTag);
        currency.addListener((o, a, b) -> {
            if (!showing) dirty.set(true);
        });
        logoPath.addListener((o, a, b) -> logoMissing.set(missing(b)));
        signaturePath.addListener((o, a, b) -> signatureMissing.set(missing(b)));
        for (StringProperty p : List.of(shopName, address, phone, email, logoPath, ownerName, ownerTitleMs, ownerTitleId, ownerTitleEn,
                signaturePath)) {
            p.addListener((o, a, b) -> {
                if (!showing) dirty.set(true);
            });
        }
    }

    /** Loads the saved settings unless the owner has unsaved changes here (e.g. after a language switch). */
    public void loadIfUnchanged() {
        if (!dirty.get()) {
            load();
        }
    }

    public void load() {
        busy.set(true);
        String tag = languageTag.get();
        runner.run(() -> new Loaded(service.load(), service.currencyFor(tag)), loaded -> {
            busy.set(false);
            show(loaded.settings(), loaded.currency());
        }, this::fail);
    }

    public void save() {
        ShopSettings s = current();
        List<Problem> problems = service.check(s);
        if (!problems.isEmpty()) {
            error(problems.get(0).message());
            return;
        }
        busy.set(true);
        Currency chosen = currency.get();
        runner.run(() -> service.save(s, chosen), saved -> {
            busy.set(false);
            show(saved, chosen);
            message.set(Message.of("shop.saved"));
            messageIsError.set(false);
        }, this::fail);
    }

    public ShopSettings current() {
        return new ShopSettings(shopName.get(), address.get(), phone.get(), email.get(), logoPath.get(), ownerName.get(),
                ownerTitleMs.get(), ownerTitleId.get(), ownerTitleEn.get(), signaturePath.get()).normalised();
    }

    private record Loaded(ShopSettings settings, Currency currency) {
    }

    private void show(ShopSettings s, Currency c) {
        showing = true;
        currency.set(c);
        shopName.set(orEmpty(s.shopName()));
        address.set(orEmpty(s.address()));
        phone.set(orEmpty(s.phone()));
        email.set(orEmpty(s.email()));
        logoPath.set(orEmpty(s.logoPath()));
        ownerName.set(orEmpty(s.ownerName()));
        ownerTitleMs.set(orEmpty(s.ownerTitleMs()));
        ownerTitleId.set(orEmpty(s.ownerTitleId()));
        ownerTitleEn.set(orEmpty(s.ownerTitleEn()));
        signaturePath.set(orEmpty(s.signaturePath()));
        showing = false;
        dirty.set(false);
    }

    private void fail(Throwable t) {
        busy.set(false);
        error(t instanceof Refusal r ? r.messages().get(0) : Message.of("shop.error.store"));
    }

    private void error(Message m) {
        message.set(m);
        messageIsError.set(true);
    }

    /** True when a path is set but no readable file is there (moved, renamed, on a USB stick that is out). */
    static boolean missing(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        try {
            Path p = Path.of(path.strip());
            return !Files.isRegularFile(p) || !Files.isReadable(p);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty shopNameProperty() { return shopName; }
    /** The shop's currency, for the value of offers. */
    public ObjectProperty<Currency> currencyProperty() { return currency; }
    public StringProperty addressProperty() { return address; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty emailProperty() { return email; }
    public StringProperty logoPathProperty() { return logoPath; }
    public StringProperty ownerNameProperty() { return ownerName; }
    /** The owner's title in Malay letters. */
    public StringProperty ownerTitleProperty() { return ownerTitleMs; }
    public StringProperty ownerTitleIdProperty() { return ownerTitleId; }
    public StringProperty ownerTitleEnProperty() { return ownerTitleEn; }
    public StringProperty signaturePathProperty() { return signaturePath; }
    public ReadOnlyBooleanProperty logoMissingProperty() { return logoMissing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty signatureMissingProperty() { return signatureMissing.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Message> messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty messageIsErrorProperty() { return messageIsError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
}
