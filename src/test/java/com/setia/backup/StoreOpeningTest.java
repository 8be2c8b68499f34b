package com.setia.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.app.Services;
import com.setia.customer.CustomerDraft;
import com.setia.store.Database;
import com.setia.store.KnownStores;
import com.setia.store.StoreMissingException;

/** A data folder on a USB drive that is not plugged in: gone altogether, marker file and all. */
class StoreOpeningTest {
    @TempDir
    Path dir;

    private static void deleteTree(Path p) throws Exception {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) Files.delete(f);
        }
    }

    private Path shopWithOneCustomer(KnownStores known) throws Exception {
        Path usb = dir.resolve("usb").resolve("setia");
        try (Database db = new StoreOpening(usb, known).open()) {
            new Services(db, Clock.systemUTC()).customers().create(CustomerDraft.named("Siti Aminah"));
        }
        return usb;
    }

    @Test
    void aFolderThatHeldAStoreAndIsGoneIsReportedMissingNotMadeIntoAnEmptyBook() throws Exception {
        KnownStores known = new KnownStores(dir.resolve("config").resolve(KnownStores.FILE_NAME));
        Path usb = shopWithOneCustomer(known);
        assertThat(known.knows(usb)).isTrue();
        Path unplugged = dir.resolve("unplugged");
        Files.move(usb.getParent(), unplugged); // the drive is pulled out

        assertThatThrownBy(() -> new StoreOpening(usb, known).open()).isInstanceOf(StoreMissingException.class);
        assertThat(usb.resolve(Database.STORE_FILE)).as("no empty book made in its place").doesNotExist();

        Files.move(unplugged, usb.getParent()); // plugged in again
        try (Database db = new StoreOpening(usb, known).open()) {
            assertThat(new Services(db, Clock.systemUTC()).customers().count()).isEqualTo(1);
        }
    }

    @Test
    void theListIsKeptOutsideTheDataFolderSoItSurvivesTheFolderGoing() throws Exception {
        Path configFile = dir.resolve("config").resolve(KnownStores.FILE_NAME);
        Path usb = shopWithOneCustomer(new KnownStores(configFile));
        deleteTree(usb.getParent());
        // a later start reads the list afresh
        assertThatThrownBy(() -> new StoreOpening(usb, new KnownStores(configFile)).open())
                .isInstanceOf(StoreMissingException.class);
    }

    @Test
    void aFolderNeverUsedBeforeIsAFirstStart() throws Exception {
        KnownStores known = new KnownStores(dir.resolve("config").resolve(KnownStores.FILE_NAME));
        Path fresh = dir.resolve("new-shop");
        try (Database db = new StoreOpening(fresh, known).open()) {
            assertThat(new Services(db, Clock.systemUTC()).customers().count()).isZero();
        }
        assertThat(known.knows(fresh)).isTrue();
        assertThat(known.knows(dir.resolve("other"))).isFalse();
    }

    @Test
    void theListKeepsTheMostRecentFolders() {
        KnownStores known = new KnownStores(dir.resolve("config").resolve(KnownStores.FILE_NAME));
        for (int i = 0; i < 60; i++) known.remember(dir.resolve("shop" + i));
        assertThat(known.knows(dir.resolve("shop59"))).isTrue();
        assertThat(known.knows(dir.resolve("shop0"))).as("the oldest forgotten past 50").isFalse();
    }

    @Test
    void theUsersListLivesInTheirConfigFolderOrWhereTheyMovedIt() {
        var props = new java.util.Properties();
        props.setProperty("os.name", "Linux");
        props.setProperty("user.home", "/home/siti");
        assertThat(KnownStores.forUser(java.util.Map.of(), props).file())
                .isEqualTo(Path.of("/home/siti/.config/setia", KnownStores.FILE_NAME));
        props.setProperty("os.name", "Windows 11");
        assertThat(KnownStores.forUser(java.util.Map.of("LOCALAPPDATA", "C:\\Users\\siti\\AppData\\Local"), props).file())
                .isEqualTo(Path.of("C:\\Users\\siti\\AppData\\Local", "Setia", KnownStores.FILE_NAME));
        props.setProperty("setia.configDir", "/tmp/elsewhere");
        assertThat(KnownStores.forUser(java.util.Map.of(), props).file()).isEqualTo(Path.of("/tmp/elsewhere", KnownStores.FILE_NAME));
    }

    @Test
    void theLanguageLastUsedIsKeptWithTheListForWhenTheFolderIsGone() {
        KnownStores known = new KnownStores(dir.resolve("config").resolve(KnownStores.FILE_NAME));
        assertThat(known.language()).isEmpty();
        known.remember(dir.resolve("shop"), "id");
        for (int i = 0; i < 60; i++) known.remember(dir.resolve("shop" + i));
        assertThat(new KnownStores(known.file()).language()).contains("id");
        assertThat(known.knows(dir.resolve("shop59"))).isTrue();
    }
}
