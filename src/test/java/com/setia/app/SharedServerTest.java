package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.setia.customer.ChangedElsewhereException;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.store.ChangeFeed;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.PgTestServer;

/**
 * Two PCs on one PostgreSQL server: two stores opened on the same database, each with its own services, as two
 * copies of Setia would. Needs a server ({@code SETIA_TEST_PG}); without one the class is skipped, saying why.
 */
class SharedServerTest {
    private static Optional<String> unavailable;

    private final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    private final List<Database> opened = new ArrayList<>();
    private PgTestServer.Schema schema;

    @BeforeAll
    static void needsAServer() {
        unavailable = PgTestServer.unavailableReason();
        unavailable.ifPresent(reason -> System.out.println("SKIPPED SharedServerTest (PostgreSQL tests): " + reason));
        assumeTrue(unavailable.isEmpty(), () -> "PostgreSQL tests skipped: " + unavailable.orElse(""));
    }

    @BeforeEach
    void freshSchema() {
        schema = PgTestServer.freshSchema();
    }

    @AfterEach
    void dropSchema() {
        opened.forEach(Database::close);
        schema.drop();
    }

    private Database pc() {
        Database db = schema.open();
        opened.add(db);
        return db;
    }

    @Test
    void onePcAddsACustomerAndTheOtherFindsItAMomentLater() throws Exception {
        Services counter = new Services(pc(), clock);
        Database officeStore = pc();
        Services office = new Services(officeStore, clock);
        assertThat(office.customers().search("aminah", false, 10).rows()).isEmpty(); // office's index is loaded
        List<ChangeFeed.Change> seen = new CopyOnWriteArrayList<>();
        officeStore.changes().subscribe(seen::addAll);

        Customer siti = counter.customers().create(CustomerDraft.named("Siti Aminah"));

        waitFor(() -> !office.customers().search("aminah", false, 10).rows().isEmpty());
        assertThat(office.customers().search("aminah", false, 10).rows()).extracting(Customer::id)
                .containsExactly(siti.id());
        waitFor(() -> seen.stream().anyMatch(c -> c.of("customer") && c.touches(siti.id())));

        counter.customers().archive(siti.id());
        waitFor(() -> office.customers().search("aminah", false, 10).rows().isEmpty());
        assertThat(office.customers().search("aminah", true, 10).rows()).hasSize(1);
    }

    @Test
    void twoPcsSavingTheSameCustomerGetChangedElsewhereInsteadOfAnOverwrite() {
        Services counter = new Services(pc(), clock);
        Services office = new Services(pc(), clock);
        Customer read = counter.customers().create(CustomerDraft.named("Budi"));
        Customer officeRead = office.customers().find(read.id()).orElseThrow();

        clock.advance(Duration.ofSeconds(5));
        counter.customers().update(read.id(), read.updatedAt(), CustomerDraft.named("Budi Santoso"));
        clock.advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> office.customers().update(officeRead.id(), officeRead.updatedAt(), CustomerDraft.named("Pak Budi")))
                .isInstanceOf(ChangedElsewhereException.class);
        assertThat(office.customers().find(read.id()).orElseThrow().name()).isEqualTo("Budi Santoso");
    }

    @Test
    void pcsStartingTogetherUpgradeTheServerOneAtATime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Database>> starts = new ArrayList<>();
            for (int i = 0; i < 3; i++) starts.add(pool.submit(schema::open));
            for (Future<Database> f : starts) opened.add(f.get());
        } finally {
            pool.shutdownNow();
        }
        Database any = opened.get(0);
        List<String> versions = any.jdbi().withHandle(h -> h.createQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")
                .mapTo(String.class).list());
        assertThat(versions).doesNotHaveDuplicates().contains("1", "40");
    }

    @Test
    void theMoveCopiesEveryTableCountsBothSidesAndNeverOverwritesAServerInUse() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("setia-move");
        Database local = Database.openFolder(dir);
        opened.add(local);
        Services here = new Services(local, clock);
        Customer siti = here.customers().create(CustomerDraft.named("Siti Aminah"));
        here.customers().create(CustomerDraft.named("Budi Santoso"));
        var incident = here.incidents().log(new com.setia.incident.IncidentDraft(siti.id(), clock.instant(),
                com.setia.incident.Channel.PHONE, "Barang rosak", com.setia.incident.Severity.HIGH, null, null));
        here.winback().open(siti.id(), incident.id());
        here.reasons().tick(siti.id(), com.setia.reasons.LossReason.VIII, clock.instant().atZone(clock.getZone()).toLocalDate(), "alasan");

        var storage = new com.setia.storage.StorageService(local, dir, new com.setia.store.PgPass(dir.resolve("pgpass")),
                address -> { throw new AssertionError("the test moves through moveTo below"); });
        Database server = pc();
        com.setia.store.StoreMover.Report report = com.setia.store.StoreMover.move(local, server, (done, total) -> { });
        assertThat(report.allSame()).isTrue();
        assertThat(report.tables()).extracting(com.setia.store.StoreMover.TableCount::table)
                .contains("customer", "incident", "winback_case", "loss_reason_tick", "winback_setting", "salutation");
        assertThat(report.tables()).filteredOn(t -> t.table().equals("customer"))
                .extracting(com.setia.store.StoreMover.TableCount::target).containsExactly(2L);

        Services there = new Services(server, clock);
        assertThat(there.customers().search("aminah", false, 10).rows()).extracting(Customer::id).containsExactly(siti.id());
        assertThat(there.winback().openCases()).hasSize(1);
        // New rows on the server continue after the copied ids.
        Customer citra = there.customers().create(CustomerDraft.named("Citra"));
        assertThat(citra.id()).isGreaterThan(siti.id());

        // A second move onto a server in use copies nothing and leaves it as it is.
        assertThatThrownBy(() -> com.setia.store.StoreMover.move(local, server, (done, total) -> { }))
                .isInstanceOf(com.setia.store.StoreMover.TargetNotEmptyException.class);
        assertThat(there.customers().search("", false, 10).totalMatches()).isEqualTo(3);
        assertThat(storage.onServer()).isFalse();
    }

    @Test
    void aCancelledMoveLeavesTheServerEmpty() {
        Database local = Database.openInMemory("move-" + java.util.UUID.randomUUID());
        opened.add(local);
        Services here = new Services(local, clock);
        for (int i = 0; i < 1200; i++) here.customers().create(CustomerDraft.named("Pelanggan " + i));
        Database server = pc();
        int[] batches = {0};
        assertThatThrownBy(() -> com.setia.store.StoreMover.move(local, server, new com.setia.store.StoreMover.Listener() {
            @Override
            public void copied(long rows, long total) {
                batches[0]++;
            }

            @Override
            public boolean cancelled() {
                return batches[0] >= 1;
            }
        })).isInstanceOf(com.setia.store.StoreMover.CancelledException.class);
        assertThat(new Services(server, clock).customers().search("", true, 10).totalMatches()).isZero();
    }

    @Test
    void setiasOwnBackupSendsTheOwnerToTheServersPgDump() {
        Database server = pc();
        Services on = new Services(server, clock);
        var backups = new com.setia.backup.BackupService(server, on.customers(), on.winback(), on.letters(), () -> null, clock);
        assertThatThrownBy(() -> backups.backupNow("manual")).isInstanceOfSatisfying(com.setia.common.Refusal.class,
                r -> assertThat(r.messageKeys()).containsExactly("backup.error.onServer"));
        assertThat(backups.backupIfDue()).isFalse();
    }

    @Test
    void everyTableAnnouncesItsChangesToTheOtherPcs() {
        Database server = pc();
        List<String> silent = server.jdbi().withHandle(h -> h.createQuery("SELECT c.relname FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                + "AND c.relname <> 'flyway_schema_history' AND NOT EXISTS (SELECT 1 FROM pg_trigger g "
                + "WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_notify') ORDER BY 1").mapTo(String.class).list());
        assertThat(silent).isEmpty();
        int tables = server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'").mapTo(Integer.class).one());
        assertThat(tables).isGreaterThan(15);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) throw new AssertionError("not seen within 10 s");
            Thread.sleep(20);
        }
    }
}
