package com.setia.rulechange;

import com.setia.common.Refusal;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.shop.ShopService;

/**
 * The rule changes screen: the changes (latest first), a form for a new one, and the chosen change's "who must be
 * told" list, where the owner marks each customer told (how, on which day) and reads the notice in their language.
 */
public final class RuleChangesViewModel {
    static final int CHOOSER_LIMIT = 20;

    private final RuleChangeService service;
    private final CustomerService customers;
    private final ShopService shop;
    private final TaskRunner runner;

    private final ObservableList<RuleChange> changes = FXCollections.observableArrayList();
    private final ObjectProperty<RuleChange> selected = new SimpleObjectProperty<>();
    private final ObservableList<ToBeTold> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ToBeTold> selectedRow = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> toldOn = new SimpleObjectProperty<>();
    private final BooleanProperty toldOnUnreadable = new SimpleBooleanProperty();

    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final ObjectProperty<RuleKind> kind = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> effectiveOn = new SimpleObjectProperty<>();
    private final BooleanProperty effectiveOnUnreadable = new SimpleBooleanProperty();
    private final ObjectProperty<Audience> audience = new SimpleObjectProperty<>(Audience.ALL);
    private final ObjectProperty<CustomerStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<Customer> chosen = FXCollections.observableArrayList();
    private final StringProperty chooserQuery = new SimpleStringProperty("");
    private final ObservableList<Customer> chooserResults = FXCollections.observableArrayList();
    private final ObservableList<String> formErrors = FXCollections.observableArrayList();

    private final StringProperty messageKey = new SimpleStringProperty();
    private final StringProperty errorKey = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String shopName;
    private Long pendingSelect;

    public RuleChangesViewModel(RuleChangeService service, CustomerService customers, ShopService shop, TaskRunner runner) {
        this.service = service;
        this.customers = customers;
        this.shop = shop;
        this.runner = runner;
        selectedRow.addListener((o, a, now) -> updateNotice());
    }

    /** Reads the changes again, keeping the chosen one. */
    public void load() {
        runner.run(() -> new Loaded(service.all(), shop.load().shopName()), loaded -> {
            errorKey.set(null);
            shopName = loaded.shopName();
            RuleChange was = selected.get();
            changes.setAll(loaded.changes());
            Long want = pendingSelect != null ? pendingSelect : was == null ? null : was.id();
            pendingSelect = null;
            if (want != null) {
                loaded.changes().stream().filter(c -> c.id() == want).findFirst().ifPresent(this::select);
            }
            updateNotice();
        }, e -> errorKey.set("rules.error.loadFailed"));
    }

    private record Loaded(List<RuleChange> changes, String shopName) {
    }

    /** Shows this change when the list is next loaded (Today's reminder opens its change). */
    public void selectWhenLoaded(long changeId) {
        pendingSelect = changeId;
    }

    /** Shows a change and its "who must be told" list. */
    public void select(RuleChange change) {
        messageKey.set(null);
        editing.set(false);
        boolean same = selected.get() != null && change != null && selected.get().id() == change.id();
        selected.set(change);
        if (!same) selectedRow.set(null);
        rows.clear();
        if (change == null) return;
        runner.run(() -> service.toBeTold(change.id()), list -> {
            ToBeTold was = selectedRow.get();
            rows.setAll(list);
            if (was != null) {
                list.stream().filter(r -> r.customer().id() == was.customer().id()).findFirst().ifPresent(selectedRow::set);
            }
        }, e -> errorKey.set("rules.error.loadFailed"));
    }

    public void selectRow(ToBeTold row) {
        selectedRow.set(row);
        if (toldOn.get() == null || toldOnUnreadable.get()) {
            toldOn.set(service.today());
        }
    }

    private void updateNotice() {
        ToBeTold row = selectedRow.get();
        RuleChange change = selected.get();
        notice.set(row == null || change == null ? "" : RuleNotice.text(change, row.customer(), shopName));
    }

    /** Marks the chosen customer told, this way, on the day in the form (today unless changed). */
    public void markTold(ToldHow how) {
        ToBeTold row = selectedRow.get();
        if (row == null || busy.get()) return;
        errorKey.set(null);
        messageKey.set(null);
        if (toldOnUnreadable.get()) {
            errorKey.set("rules.error.dateUnreadable");
            return;
        }
        LocalDate on = toldOn.get();
        busy.set(true);
        runner.run(() -> service.markTold(row.changeId(), row.customer().id(), how, on), saved -> {
            busy.set(false);
            messageKey.set("rules.told.saved");
            afterMark(saved);
        }, e -> {
            busy.set(false);
            errorKey.set(firstKey(e, "rules.error.saveFailed"));
        });
    }

    /** Takes back the chosen customer's "told" mark. */
    public void markNotTold() {
        ToBeTold row = selectedRow.get();
        if (row == null || busy.get()) return;
        errorKey.set(null);
        busy.set(true);
        runner.run(() -> service.markNotTold(row.changeId(), row.customer().id()), saved -> {
            busy.set(false);
            messageKey.set(null);
            afterMark(saved);
        }, e -> {
            busy.set(false);
            errorKey.set(firstKey(e, "rules.error.saveFailed"));
        });
    }

    private void afterMark(ToBeTold saved) {
        // The next customer not yet told is chosen, so the owner can go down the list.
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).customer().id() == saved.customer().id()) at = i;
        }
        if (at >= 0) rows.set(at, saved);
        ToBeTold next = rows.stream().filter(r -> !r.told()).findFirst().orElse(saved);
        selectedRow.set(next);
        load();
    }

    /** Opens an empty form for a new change. */
    public void newChange() {
        messageKey.set(null);
        errorKey.set(null);
        formErrors.clear();
        kind.set(null);
        title.set("");
        details.set("");
        effectiveOn.set(service.today());
        effectiveOnUnreadable.set(false);
        audience.set(Audience.ALL);
        status.set(null);
        chosen.clear();
        chooserQuery.set("");
        chooserResults.clear();
        editing.set(true);
    }

    public void cancel() {
        editing.set(false);
        formErrors.clear();
    }

    /** Finds customers to hand-pick, by name, phone or e-mail. */
    public void searchCustomers() {
        String q = chooserQuery.get();
        if (q == null || q.isBlank()) {
            chooserResults.clear();
            return;
        }
        runner.run(() -> customers.search(q, false, CHOOSER_LIMIT).rows(), chooserResults::setAll,
                e -> errorKey.set("rules.error.loadFailed"));
    }

    public void choose(Customer c) {
        if (c != null && chosen.stream().noneMatch(x -> x.id() == c.id())) chosen.add(c);
    }

    public void unchoose(Customer c) {
        chosen.removeIf(x -> c != null && x.id() == c.id());
    }

    /** Records the change in the form; on refusal the form keeps everything typed and says why. */
    public void save() {
        if (busy.get()) return;
        formErrors.clear();
        messageKey.set(null);
        if (effectiveOnUnreadable.get()) {
            formErrors.add("rules.error.dateUnreadable");
            return;
        }
        RuleChangeDraft draft = new RuleChangeDraft(kind.get(), title.get(), details.get(), effectiveOn.get(),
                audience.get(), status.get(), chosen.stream().map(Customer::id).toList());
        List<String> problems = service.check(draft);
        if (!problems.isEmpty()) {
            formErrors.setAll(problems);
            return;
        }
        busy.set(true);
        runner.run(() -> service.record(draft), saved -> {
            busy.set(false);
            editing.set(false);
            messageKey.set("rules.saved");
            pendingSelect = saved.id();
            load();
        }, e -> {
            busy.set(false);
            formErrors.setAll(firstKey(e, "rules.error.saveFailed"));
        });
    }

    static String firstKey(Throwable e, String fallback) {
        return e instanceof Refusal r && !r.messageKeys().isEmpty() ? r.messageKeys().get(0) : fallback;
    }

    public ObservableList<RuleChange> changes() { return changes; }
    public ObjectProperty<RuleChange> selectedProperty() { return selected; }
    public ObservableList<ToBeTold> rows() { return rows; }
    public ObjectProperty<ToBeTold> selectedRowProperty() { return selectedRow; }
    public StringProperty noticeProperty() { return notice; }
    public ObjectProperty<LocalDate> toldOnProperty() { return toldOn; }
    public BooleanProperty toldOnUnreadableProperty() { return toldOnUnreadable; }
    public BooleanProperty editingProperty() { return editing; }
    public ObjectProperty<RuleKind> kindProperty() { return kind; }
    public StringProperty titleProperty() { return title; }
    public StringProperty detailsProperty() { return details; }
    public ObjectProperty<LocalDate> effectiveOnProperty() { return effectiveOn; }
    public BooleanProperty effectiveOnUnreadableProperty() { return effectiveOnUnreadable; }
    public ObjectProperty<Audience> audienceProperty() { return audience; }
    public ObjectProperty<CustomerStatus> statusProperty() { return status; }
    public ObservableList<Customer> chosen() { return chosen; }
    public StringProperty chooserQueryProperty() { return chooserQuery; }
    public ObservableList<Customer> chooserResults() { return chooserResults; }
    public ObservableList<String> formErrors() { return formErrors; }
    public StringProperty messageKeyProperty() { return messageKey; }
    public StringProperty errorKeyProperty() { return errorKey; }
    public BooleanProperty busyProperty() { return busy; }
}
