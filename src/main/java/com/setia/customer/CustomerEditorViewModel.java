package com.setia.customer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import com.setia.common.Message;
import com.setia.common.Problem;
import com.setia.common.Refusal;
import com.setia.common.TaskRunner;
import com.setia.i18n.Language;

/**
 * The customer form. Holds what the owner typed until it is saved; a refused or failed save keeps every
 * character, and the messages (bundle keys) say per field what to fix.
 */
public final class CustomerEditorViewModel {
    private final CustomerService service;
    private final TaskRunner runner;

    private final ReadOnlyObjectWrapper<Customer> customer = new ReadOnlyObjectWrapper<>(this, "customer");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final ObjectProperty<Salutation> salutation = new SimpleObjectProperty<>(this, "salutation", Salutation.NONE);
    private final StringProperty phone = new SimpleStringProperty(this, "phone");
    private final StringProperty email = new SimpleStringProperty(this, "email");
    private final StringProperty address = new SimpleStringProperty(this, "address");
    private final ObjectProperty<Language> preferredLanguage = new SimpleObjectProperty<>(this, "language", Language.MS);
    private final ObjectProperty<LocalDate> customerSince = new SimpleObjectProperty<>(this, "customerSince");
    /** Set by the view when the date box holds text that is not a date. */
    private final BooleanProperty customerSinceUnreadable = new SimpleBooleanProperty(this, "customerSinceUnreadable");
    private final StringProperty notes = new SimpleStringProperty(this, "notes");
    private final ObjectProperty<CustomerStatus> status = new SimpleObjectProperty<>(this, "status", CustomerStatus.ACTIVE);

    private final ObservableList<Salutation> salutations = FXCollections.observableArrayList(
            Salutation.NONE, Salutation.MR, Salutation.MRS, Salutation.MS);
    private final ObservableMap<CustomerField, Message> errors = FXCollections.observableMap(new EnumMap<>(CustomerField.class));
    private final ReadOnlyStringWrapper bannerKey = new ReadOnlyStringWrapper(this, "bannerKey");
    private final ReadOnlyBooleanWrapper bannerIsError = new ReadOnlyBooleanWrapper(this, "bannerIsError");
    private final StringProperty noticeKey = new SimpleStringProperty(this, "noticeKey");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public CustomerEditorViewModel(CustomerService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        // A message goes as soon as the owner touches its field; the banner goes with the last one.
        clearOnEdit(name, CustomerField.NAME);
        clearOnEdit(phone, CustomerField.PHONE);
        clearOnEdit(email, CustomerField.EMAIL);
        clearOnEdit(address, CustomerField.ADDRESS);
        clearOnEdit(customerSince, CustomerField.CUSTOMER_SINCE);
        clearOnEdit(customerSinceUnreadable, CustomerField.CUSTOMER_SINCE);
        clearOnEdit(notes, CustomerField.NOTES);
    }

    private void clearOnEdit(javafx.beans.value.ObservableValue<?> property, CustomerField field) {
        property.addListener((obs, old, now) -> {
            if (errors.remove(field) != null && errors.isEmpty() && "customer.error.fixFields".equals(bannerKey.get())) {
                bannerKey.set(null);
            }
        });
    }

    /** Reads the forms of address the picker offers (the store's list; until then the four every store has). */
    public void loadSalutations() {
        runner.run(service::salutations, list -> {
            Salutation chosen = salutation.get();
            salutations.setAll(list);
            salutation.set(chosen); // the same choice, now one of the listed items
        }, error -> { });
    }

    /**
     * What the picker shows for a form of address: the word a letter in the customer's language will print ("Puan",
     * "Ibu", "Mrs"); where two print the same word, the Malay word tells them apart ("Mr (Tuan)"). Null for none.
     */
    public String salutationLabel(Salutation s) {
        if (s == null || s.isNone()) return null;
        Language lang = preferredLanguage.get() == null ? Language.MS : preferredLanguage.get();
        String word = s.in(lang);
        boolean shared = salutations.stream().anyMatch(o -> !o.code().equals(s.code()) && o.in(lang).equals(word));
        return shared && !s.ms().equals(word) ? word + " (" + s.ms() + ")" : word;
    }

    /** Empties the form for a new customer. */
    public void startNew(Language defaultLanguage) {
        customer.set(null);
        load(CustomerDraft.named("").withLanguage(defaultLanguage));
        editing.set(true);
        clearMessages();
    }

    /** Fills the form with a stored customer. */
    public void edit(Customer c) {
        customer.set(c);
        load(c.toDraft());
        editing.set(true);
        clearMessages();
    }

    /** Leaves the form: nothing selected. */
    public void close() {
        customer.set(null);
        editing.set(false);
        load(CustomerDraft.named(""));
        clearMessages();
    }

    /** Puts back the stored values (or empties a new form), dropping what was typed. */
    public void revert() {
        if (customer.get() != null) {
            edit(customer.get());
        } else {
            load(CustomerDraft.named("").withLanguage(preferredLanguage.get()));
            clearMessages();
        }
    }

    public CustomerDraft draft() {
        return new CustomerDraft(name.get(), salutation.get(), phone.get(), email.get(), address.get(),
                preferredLanguage.get(), customerSince.get(), notes.get(), status.get());
    }

    /** True when the form differs from what is stored (for a new customer: when anything was typed). */
    public boolean isDirty() {
        if (!editing.get()) return false;
        CustomerDraft now = draft().normalised();
        Customer stored = customer.get();
        if (stored == null) {
            return now.name() != null || now.phone() != null || now.email() != null || now.address() != null
                    || now.notes() != null || now.customerSince() != null;
        }
        CustomerDraft was = stored.toDraft();
        // the form shows the stored +60123456789 as 012-345 6789: the same number is not a change
        was = new CustomerDraft(was.name(), was.salutation(), PhoneNumbers.display(was.phone()), was.email(), was.address(),
                was.preferredLanguage(), was.customerSince(), was.notes(), was.status());
        return !now.equals(was.normalised()) || customerSinceUnreadable.get();
    }

    /**
     * Checks the form and, when it is right, stores it in the background. {@code onSaved} gets the stored
     * customer. Nothing typed is cleared on refusal or failure.
     */
    public void save(Consumer<Customer> onSaved) {
        clearMessages();
        CustomerDraft draft = draft();
        List<Problem> violations = service.check(draft);
        if (customerSinceUnreadable.get()) {
            violations = new java.util.ArrayList<>(violations);
            violations.add(Problem.on(CustomerField.CUSTOMER_SINCE, "customer.error.dateUnreadable"));
        }
        if (!violations.isEmpty()) {
            show(violations);
            return;
        }
        Customer stored = customer.get();
        busy.set(true);
        runner.run(() -> stored == null ? service.create(draft) : service.update(stored.id(), stored.updatedAt(), draft), saved -> {
            busy.set(false);
            edit(saved);
            noticeKey.set("customer.saved");
            onSaved.accept(saved);
        }, error -> {
            busy.set(false);
            if (error instanceof Refusal v) {
                show(v.problems());
            } else if (error instanceof ChangedElsewhereException changed) {
                // Keep every character typed; the stored customer becomes what a second Save replaces, on purpose.
                CustomerDraft typed = draft();
                customer.set(changed.current());
                load(typed);
                banner("customer.error.changedElsewhere", true);
            } else {
                banner("customer.error.saveFailed", true);
            }
        });
    }

    /**
     * The customer was changed in the store by another part of Setia (a win-back outcome set its status). Reads it
     * again: an untouched form shows the stored values; a form with unsaved typing keeps the typing but takes the
     * stored status, so saving it later cannot undo the outcome. {@code onLoaded} gets the stored customer.
     */
    public void reloadStored(long customerId, Consumer<Customer> onLoaded) {
        runner.run(() -> service.find(customerId).orElse(null), stored -> {
            if (stored == null) return;
            Customer shown = customer.get();
            if (shown != null && shown.id() == customerId) {
                if (isDirty()) {
                    CustomerDraft typed = draft();
                    if (sameButStatus(shown, stored)) {
                        customer.set(stored);
                    } else {
                        // Changed on another PC while typing here: the typing stays, and the save will say so
                        // rather than overwrite their change (the form's base stays what the typing started from).
                        banner("customer.error.changedElsewhere", true);
                    }
                    load(typed);
                    status.set(stored.status());
                } else {
                    customer.set(stored);
                    load(stored.toDraft());
                }
            }
            onLoaded.accept(stored);
        }, error -> banner("customer.error.loadFailed", true));
    }

    private static boolean sameButStatus(Customer a, Customer b) {
        return a.toDraft().normalised().equals(
                new CustomerDraft(b.name(), b.salutation(), b.phone(), b.email(), b.address(), b.preferredLanguage(),
                        b.customerSince(), b.notes(), a.status()).normalised())
                && java.util.Objects.equals(a.archivedAt(), b.archivedAt());
    }

    public void archive(Consumer<Customer> onDone) {
        changeArchive(true, onDone);
    }

    public void restore(Consumer<Customer> onDone) {
        changeArchive(false, onDone);
    }

    private void changeArchive(boolean archive, Consumer<Customer> onDone) {
        Customer stored = customer.get();
        if (stored == null) return;
        busy.set(true);
        runner.run(() -> archive ? service.archive(stored.id()) : service.restore(stored.id()), saved -> {
            busy.set(false);
            CustomerDraft typed = draft();
            customer.set(saved);
            load(typed); // keep anything typed but not yet saved
            noticeKey.set(archive ? "customer.archived" : "customer.restored");
            onDone.accept(saved);
        }, error -> {
            busy.set(false);
            banner("customer.error.saveFailed", true);
        });
    }

    private void load(CustomerDraft d) {
        name.set(d.name());
        salutation.set(d.salutation() == null ? Salutation.NONE : d.salutation());
        phone.set(PhoneNumbers.display(d.phone()));
        email.set(d.email());
        address.set(d.address());
        preferredLanguage.set(d.preferredLanguage() == null ? Language.MS : d.preferredLanguage());
        customerSince.set(d.customerSince());
        customerSinceUnreadable.set(false);
        notes.set(d.notes());
        status.set(d.status() == null ? CustomerStatus.ACTIVE : d.status());
    }

    private void show(List<Problem> violations) {
        errors.clear();
        for (Problem v : violations) {
            if (v.field() instanceof CustomerField f) errors.putIfAbsent(f, v.message());
        }
        banner("customer.error.fixFields", true);
    }

    private void banner(String key, boolean error) {
        bannerIsError.set(error);
        bannerKey.set(key);
    }

    private void clearMessages() {
        errors.clear();
        bannerKey.set(null);
        noticeKey.set(null);
    }

    public ReadOnlyObjectProperty<Customer> customerProperty() { return customer.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Salutation> salutationProperty() { return salutation; }
    /** The forms of address to choose from. */
    public ObservableList<Salutation> salutations() { return salutations; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty emailProperty() { return email; }
    public StringProperty addressProperty() { return address; }
    public ObjectProperty<Language> preferredLanguageProperty() { return preferredLanguage; }
    public ObjectProperty<LocalDate> customerSinceProperty() { return customerSince; }
    public BooleanProperty customerSinceUnreadableProperty() { return customerSinceUnreadable; }
    public StringProperty notesProperty() { return notes; }
    public ObjectProperty<CustomerStatus> statusProperty() { return status; }
    /** Per field, the message of what is wrong with it. */
    public ObservableMap<CustomerField, Message> errors() { return errors; }
    /** The bundle key of what went wrong (stays until the owner acts), or null. */
    public ReadOnlyStringProperty bannerKeyProperty() { return bannerKey.getReadOnlyProperty(); }
    /** The bundle key of a passing success message ("Saved."); the view shows it once and sets it back to null. */
    public StringProperty noticeKeyProperty() { return noticeKey; }
    public ReadOnlyBooleanProperty bannerIsErrorProperty() { return bannerIsError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
