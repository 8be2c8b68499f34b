package com.setia.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.Message;
import com.setia.common.TaskRunner;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class CustomerViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    CustomerService service;
    CustomerListViewModel list;
    CustomerEditorViewModel editor;
    final List<Customer> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        service = new CustomerService(store.jdbi(), clock);
        list = new CustomerListViewModel(service, TaskRunner.DIRECT, 3);
        editor = new CustomerEditorViewModel(service, TaskRunner.DIRECT);
    }

    @Test
    void newCustomerIsSavedAndAppearsInTheSearch() {
        editor.startNew(Language.ID);
        assertThat(editor.preferredLanguageProperty().get()).isEqualTo(Language.ID);
        editor.nameProperty().set("Budi Santoso");
        editor.phoneProperty().set("0812-1111-2222");
        assertThat(editor.isDirty()).isTrue();
        editor.save(saved::add);

        assertThat(saved).singleElement().extracting(Customer::name).isEqualTo("Budi Santoso");
        assertThat(editor.customerProperty().get()).isEqualTo(saved.get(0));
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.noticeKeyProperty().get()).isEqualTo("customer.saved");

        list.queryProperty().set("8121111");
        assertThat(list.rows()).extracting(Customer::name).containsExactly("Budi Santoso");
    }

    @Test
    void refusedSaveKeepsWhatWasTypedAndStoresNothing() {
        editor.startNew(Language.MS);
        editor.nameProperty().set("");
        editor.emailProperty().set("siti@");
        editor.notesProperty().set("important note");
        editor.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(editor.errors()).containsEntry(CustomerField.NAME, Message.of("customer.error.nameRequired"))
                .containsEntry(CustomerField.EMAIL, Message.of("customer.error.emailInvalid"));
        assertThat(editor.bannerIsErrorProperty().get()).isTrue();
        assertThat(editor.emailProperty().get()).isEqualTo("siti@");
        assertThat(editor.notesProperty().get()).isEqualTo("important note");
        assertThat(service.search("", true, 10).totalMatches()).isZero();

        editor.emailProperty().set("siti@kedai.my");
        assertThat(editor.errors()).containsOnlyKeys(CustomerField.NAME);
        assertThat(editor.bannerKeyProperty().get()).isEqualTo("customer.error.fixFields");
        editor.nameProperty().set("Siti");
        assertThat(editor.errors()).isEmpty();
        assertThat(editor.bannerKeyProperty().get()).isNull();
    }

    @Test
    void unreadableDateIsRefusedNotSilentlyDropped() {
        Customer c = service.create(CustomerDraft.named("Siti"));
        editor.edit(c);
        editor.customerSinceUnreadableProperty().set(true);
        editor.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(editor.errors()).containsEntry(CustomerField.CUSTOMER_SINCE, Message.of("customer.error.dateUnreadable"));
    }

    @Test
    void editingAndRevertingAStoredCustomer() {
        Customer c = service.create(CustomerDraft.named("Siti").withLanguage(Language.EN));
        editor.edit(c);
        assertThat(editor.isDirty()).isFalse();
        editor.nameProperty().set("Siti Aminah");
        editor.customerSinceProperty().set(LocalDate.of(2019, 1, 2));
        assertThat(editor.isDirty()).isTrue();
        editor.revert();
        assertThat(editor.nameProperty().get()).isEqualTo("Siti");
        assertThat(editor.customerSinceProperty().get()).isNull();

        editor.nameProperty().set("Siti Aminah");
        editor.save(saved::add);
        assertThat(service.find(c.id()).orElseThrow().name()).isEqualTo("Siti Aminah");
    }

    @Test
    void archiveKeepsUnsavedTypingAndHidesTheCustomer() {
        Customer c = service.create(CustomerDraft.named("Siti"));
        editor.edit(c);
        editor.notesProperty().set("typed, not saved");
        editor.archive(saved::add);
        assertThat(editor.customerProperty().get().archived()).isTrue();
        assertThat(editor.notesProperty().get()).isEqualTo("typed, not saved");
        list.refresh();
        assertThat(list.rows()).isEmpty();
        list.includeArchivedProperty().set(true);
        assertThat(list.rows()).hasSize(1);
    }

    @Test
    void twoPcsEditingOneCustomerGetChangedElsewhereInsteadOfAnOverwrite() {
        Customer c = service.create(CustomerDraft.named("Siti"));
        editor.edit(c);
        editor.notesProperty().set("prefers WhatsApp");
        clock.advance(java.time.Duration.ofMinutes(2));
        CustomerService otherPc = new CustomerService(store.jdbi(), clock);
        otherPc.update(c.id(), c.updatedAt(), new CustomerDraft("Siti Aminah", Salutation.NONE, "012-345 6789", null,
                null, Language.MS, null, null, CustomerStatus.ACTIVE));
        clock.advance(java.time.Duration.ofMinutes(1));

        editor.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(editor.bannerKeyProperty().get()).isEqualTo("customer.error.changedElsewhere");
        assertThat(editor.bannerIsErrorProperty().get()).isTrue();
        assertThat(editor.notesProperty().get()).isEqualTo("prefers WhatsApp");
        Customer stored = service.find(c.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Siti Aminah");
        assertThat(stored.notes()).isNull();

        // Undo shows the other PC's version; a second Save keeps this one, knowingly.
        editor.nameProperty().set("Siti Aminah");
        editor.save(saved::add);
        assertThat(saved).hasSize(1);
        assertThat(service.find(c.id()).orElseThrow().notes()).isEqualTo("prefers WhatsApp");
        assertThat(service.find(c.id()).orElseThrow().phone()).isNull();
    }

    @Test
    void aChangeFromAnotherPcWhileTypingIsSaidAtOnceAndTheTypingStays() {
        Customer c = service.create(CustomerDraft.named("Siti"));
        editor.edit(c);
        editor.notesProperty().set("typed here");
        clock.advance(java.time.Duration.ofMinutes(2));
        new CustomerService(store.jdbi(), clock).update(c.id(), c.updatedAt(), CustomerDraft.named("Siti Rahmah"));

        editor.reloadStored(c.id(), x -> { });
        assertThat(editor.bannerKeyProperty().get()).isEqualTo("customer.error.changedElsewhere");
        assertThat(editor.notesProperty().get()).isEqualTo("typed here");
        editor.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(service.find(c.id()).orElseThrow().name()).isEqualTo("Siti Rahmah");
        editor.revert();
        assertThat(editor.nameProperty().get()).isEqualTo("Siti Rahmah");
        assertThat(editor.notesProperty().get()).isNull();
    }

    @Test
    void aStatusSetElsewhereReachesTheFormWithoutLosingTyping() {
        Customer c = service.create(CustomerDraft.named("Siti"));
        editor.edit(c);
        editor.notesProperty().set("typed, not saved");
        service.changeStatus(c.id(), CustomerStatus.WON_BACK);
        List<Customer> loaded = new ArrayList<>();
        editor.reloadStored(c.id(), loaded::add);
        assertThat(loaded).extracting(Customer::status).containsExactly(CustomerStatus.WON_BACK);
        assertThat(editor.statusProperty().get()).isEqualTo(CustomerStatus.WON_BACK);
        assertThat(editor.notesProperty().get()).isEqualTo("typed, not saved");
        editor.save(saved::add);
        assertThat(service.find(c.id()).orElseThrow().status()).isEqualTo(CustomerStatus.WON_BACK);
        assertThat(service.find(c.id()).orElseThrow().notes()).isEqualTo("typed, not saved");

        service.changeStatus(c.id(), CustomerStatus.LET_GO);
        editor.reloadStored(c.id(), loaded::add);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.statusProperty().get()).isEqualTo(CustomerStatus.LET_GO);
    }

    @Test
    void listShowsAPageAndKnowsTheTotal() {
        for (String n : List.of("Ali", "Bala", "Chong", "Dewi", "Eka")) {
            service.create(CustomerDraft.named(n));
        }
        list.refresh();
        assertThat(list.rows()).extracting(Customer::name).containsExactly("Ali", "Bala", "Chong");
        assertThat(list.totalMatchesProperty().get()).isEqualTo(5);
        assertThat(list.truncated()).isTrue();
    }

    @Test
    void theRowsOnScreenComeFirstThenTheRestOfThePageAndTheCount() {
        for (int i = 0; i < 12; i++) service.create(CustomerDraft.named("Aminah " + (char) ('a' + i)));
        service.create(CustomerDraft.named("Budi"));
        com.setia.testsupport.QueuedRunner runner = new com.setia.testsupport.QueuedRunner();
        CustomerListViewModel typing = new CustomerListViewModel(service, VisitStandings.NONE, runner, 10, 3);
        typing.queryProperty().set("amin");
        assertThat(runner.waiting()).isEqualTo(1);
        runFirstOnly(runner);
        assertThat(typing.rows()).extracting(Customer::name).containsExactly("Aminah a", "Aminah b", "Aminah c");
        runner.runAll();
        assertThat(typing.rows()).as("the rest is read as the owner scrolls").hasSize(3);
        assertThat(typing.totalMatchesProperty().get()).isEqualTo(12);
        assertThat(typing.truncated()).isTrue();
        assertThat(typing.shownCount()).isEqualTo(10);
        typing.showMore();
        runner.runAll();
        assertThat(typing.rows()).hasSize(10).extracting(Customer::name).startsWith("Aminah a").endsWith("Aminah j");
        typing.showMore(); // the page is all read: nothing more to read
        assertThat(runner.waiting()).isZero();

        // The owner types on before the count of the last search is in, and scrolls: neither lands.
        typing.queryProperty().set("a");
        runFirstOnly(runner);
        typing.showMore();
        typing.queryProperty().set("bud");
        runner.runAll();
        assertThat(typing.rows()).extracting(Customer::name).containsExactly("Budi");
        assertThat(typing.totalMatchesProperty().get()).isEqualTo(1);
        assertThat(typing.truncated()).isFalse();
    }

    @Test
    void aCustomerJustSavedBeyondTheRowsReadIsReadToBeSelected() {
        for (int i = 0; i < 30; i++) service.create(CustomerDraft.named(String.format("Aminah %02d", i)));
        CustomerListViewModel book = new CustomerListViewModel(service, VisitStandings.NONE, TaskRunner.DIRECT, 50, 3);
        Customer saved = service.create(CustomerDraft.named("Aminah 05b"));
        List<String> seen = new ArrayList<>();
        book.refresh(() -> book.reveal(saved.id(), () -> book.rows().forEach(c -> seen.add(c.name()))));
        assertThat(seen).as("read up to the customer saved, not the whole page").contains("Aminah 05b")
                .hasSizeLessThan(31);
    }

    /** Runs the one piece of work waiting (the first step of a search), not what it queues. */
    private static void runFirstOnly(com.setia.testsupport.QueuedRunner runner) {
        assertThat(runner.runNext()).isTrue();
    }

    @Test
    void failedSearchSaysSoAndKeepsTheQuery() {
        TaskRunner failing = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> ok,
                    java.util.function.Consumer<Throwable> failed) {
                failed.accept(new IllegalStateException("disk gone"));
            }
        };
        CustomerListViewModel broken = new CustomerListViewModel(service, failing, 10);
        broken.queryProperty().set("siti");
        assertThat(broken.errorKeyProperty().get()).isEqualTo("customer.error.loadFailed");
        assertThat(broken.queryProperty().get()).isEqualTo("siti");
    }

    @Test
    void theListSaysLoadingUntilTheFirstAnswerThenFiltersByStatus() {
        service.create(com.setia.testsupport.Customers.named("Siti").draft());
        service.create(com.setia.testsupport.Customers.named("Mei").status(CustomerStatus.KEEP_IN_TOUCH).draft());
        com.setia.testsupport.QueuedRunner runner = new com.setia.testsupport.QueuedRunner();
        CustomerListViewModel slow = new CustomerListViewModel(service, runner, 10);
        slow.refresh();
        assertThat(slow.loadedProperty().get()).as("not known yet: loading, not 'no customers'").isFalse();
        assertThat(slow.rows()).isEmpty();
        runner.runAll();
        assertThat(slow.loadedProperty().get()).isTrue();
        assertThat(slow.rows()).extracting(Customer::name).containsExactly("Mei", "Siti");

        slow.statusFilterProperty().set(CustomerStatus.KEEP_IN_TOUCH);
        runner.runAll();
        assertThat(slow.rows()).extracting(Customer::name).containsExactly("Mei");
        assertThat(slow.totalMatchesProperty().get()).isEqualTo(1);

        Customer siti = service.search("siti", false, 10).rows().get(0);
        service.changeStatus(siti.id(), CustomerStatus.KEEP_IN_TOUCH);
        slow.refresh();
        runner.runAll();
        assertThat(slow.rows()).extracting(Customer::name).as("a status changed elsewhere is found").containsExactly("Mei", "Siti");
    }

    @Test
    void thePickerShowsWhatTheLetterWillPrintInTheCustomersLanguage() {
        editor.loadSalutations();
        assertThat(editor.salutations()).hasSizeGreaterThan(10);
        Salutation tuan = editor.salutations().stream().filter(s -> s.code().equals("TUAN")).findFirst().orElseThrow();
        editor.startNew(Language.MS);
        editor.preferredLanguageProperty().set(Language.MS);
        assertThat(editor.salutationLabel(Salutation.MRS)).isEqualTo("Puan");
        assertThat(editor.salutationLabel(tuan)).isEqualTo("Tuan");
        editor.preferredLanguageProperty().set(Language.ID);
        assertThat(editor.salutationLabel(Salutation.MRS)).isEqualTo("Ibu");
        assertThat(editor.salutationLabel(Salutation.MS)).isEqualTo("Nona");
        editor.preferredLanguageProperty().set(Language.EN);
        assertThat(editor.salutationLabel(Salutation.MR)).as("two print Mr: told apart").isEqualTo("Mr (Encik)");
        assertThat(editor.salutationLabel(tuan)).isEqualTo("Mr (Tuan)");
        assertThat(editor.salutationLabel(Salutation.NONE)).isNull();
    }
}
