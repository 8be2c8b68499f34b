package com.setia.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.setia.common.TaskRunner;
import com.setia.store.PgPass;
import com.setia.store.StoreAddress;
import com.setia.store.StoreSetting;
import com.setia.testsupport.TestStore;

class StorageViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    @TempDir
    Path dir;
    StorageViewModel vm;
    PgPass pgpass;

    @BeforeEach
    void setUp() {
        pgpass = new PgPass(dir.resolve("pgpass"));
        vm = new StorageViewModel(new StorageService(store.database(), dir, pgpass,
                s -> { throw new AssertionError("no server in this test"); }), TaskRunner.DIRECT, Runnable::run);
    }

    @Test
    void startsOnThisPcAndAnIncompleteServerIsRefusedWithAMessage() {
        assertThat(vm.serverProperty().get()).isFalse();
        assertThat(vm.nextProperty().get()).isInstanceOf(StoreAddress.Embedded.class);
        vm.serverProperty().set(true);
        vm.hostProperty().set("kedai-server");
        vm.portProperty().set("lima");
        vm.userProperty().set("kasir");
        vm.choose();
        assertThat(vm.messageProperty().get().key()).isEqualTo("storage.error.fields");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(Files.exists(dir.resolve(StoreSetting.FILE_NAME))).isFalse();
    }

    @Test
    void anUnreachableServerIsSaidAndNothingIsChosen() {
        vm.serverProperty().set(true);
        vm.hostProperty().set("127.0.0.1");
        vm.portProperty().set("1"); // nothing listens there
        vm.databaseProperty().set("setia");
        vm.userProperty().set("kasir");
        vm.passwordProperty().set("rahsia:1");
        vm.choose();
        assertThat(vm.messageProperty().get().key()).isEqualTo("storage.error.unreachable");
        assertThat(Files.exists(dir.resolve(StoreSetting.FILE_NAME))).isFalse();
        // The password went to the pgpass file (escaped), never into the data folder's setting.
        assertThat(pgpass.hasPasswordFor(new StoreAddress.Server("127.0.0.1", 1, "setia", "kasir"))).isTrue();
        assertThat(vm.passwordProperty().get()).isEqualTo("rahsia:1");
    }

    @Test
    void choosingThisPcIsKeptForTheNextStart() {
        vm.choose();
        assertThat(vm.messageProperty().get().key()).isEqualTo("storage.chosen");
        assertThat(new StoreSetting(dir).load()).isInstanceOf(StoreAddress.Embedded.class);
    }

    @Test
    void aServerChoiceIsKeptWithoutItsPassword() throws Exception {
        assumeTrue(TestStore.onPostgres(), "needs the PostgreSQL run (-Dsetia.test.store=postgresql)");
        var url = com.setia.testsupport.PgTestServer.url().orElseThrow();
        var server = (StoreAddress.Server) StoreAddress.parse(url.replaceAll("[?&]password=[^&]*", ""));
        String password = url.replaceAll(".*[?&]password=([^&]*).*", "$1");
        vm.serverProperty().set(true);
        vm.hostProperty().set(server.host());
        vm.portProperty().set(Integer.toString(server.port()));
        vm.databaseProperty().set(server.database());
        vm.userProperty().set(server.user());
        vm.passwordProperty().set(password);
        vm.choose();
        assertThat(vm.messageProperty().get().key()).isEqualTo("storage.chosen");
        assertThat(new StoreSetting(dir).load()).isEqualTo(server);
        assertThat(Files.readString(dir.resolve(StoreSetting.FILE_NAME))).doesNotContain(password);
        assertThat(vm.passwordKept()).isTrue();
    }
}
