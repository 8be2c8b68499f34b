package com.setia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreAddressTest {
    @TempDir
    Path dir;

    @Test
    void readsTheEmbeddedStoreAndBothServerForms() {
        assertThat(StoreAddress.parse(null)).isInstanceOf(StoreAddress.Embedded.class);
        assertThat(StoreAddress.parse(" embedded ")).isInstanceOf(StoreAddress.Embedded.class);
        assertThat(StoreAddress.parse("H2")).isInstanceOf(StoreAddress.Embedded.class);
        assertThat(StoreAddress.parse("postgresql://kasir@kedai-server/setia"))
                .isEqualTo(new StoreAddress.Server("kedai-server", 5432, "setia", "kasir"));
        assertThat(StoreAddress.parse("jdbc:postgresql://10.0.0.5:5433/toko?user=budi"))
                .isEqualTo(new StoreAddress.Server("10.0.0.5", 5433, "toko", "budi"));
        StoreAddress.Server s = (StoreAddress.Server) StoreAddress.parse("postgresql://kasir@kedai-server:6000/setia");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://kedai-server:6000/setia");
        assertThat(StoreAddress.parse(s.text())).isEqualTo(s);
    }

    @Test
    void refusesAPasswordInTheAddressAndSaysWhatIsMissing() {
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://kasir:rahsia@server/setia")).hasMessage("store.address.password");
        assertThatThrownBy(() -> StoreAddress.parse("jdbc:postgresql://server/setia?user=a&password=b")).hasMessage("store.address.password");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://server/setia")).hasMessage("store.address.noUser");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://kasir@server/")).hasMessage("store.address.noDatabase");
        assertThatThrownBy(() -> StoreAddress.parse("mysql://kasir@server/setia")).hasMessage("store.address.unknown");
    }

    @Test
    void thePasswordFileGetsOneLinePerServerReadableByTheUserAlone() throws Exception {
        PgPass pgpass = new PgPass(dir.resolve(".pgpass"));
        Files.writeString(pgpass.file(), "# mine\nother:5432:*:postgres:x\n");
        StoreAddress.Server server = new StoreAddress.Server("kedai", 5432, "setia", "kasir");
        assertThat(pgpass.hasPasswordFor(server)).isFalse();
        pgpass.store(server, "ra:hs\\ia");
        pgpass.store(server, "baru:1");
        assertThat(pgpass.password(server)).contains("baru:1");
        assertThat(Files.readAllLines(pgpass.file())).containsExactly("# mine", "other:5432:*:postgres:x",
                "kedai:5432:setia:kasir:baru\\:1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pgpass.file()))).isEqualTo("rw-------");
        assertThat(pgpass.hasPasswordFor(new StoreAddress.Server("other", 5432, "any", "postgres"))).isTrue();
    }

    @Test
    void theChoiceIsKeptWithoutAPasswordAndABadOneIsSaid() throws Exception {
        StoreSetting setting = new StoreSetting(dir);
        assertThat(setting.load()).isInstanceOf(StoreAddress.Embedded.class);
        setting.save(StoreAddress.parse("postgresql://kasir@kedai/setia"));
        assertThat(setting.load()).isEqualTo(new StoreAddress.Server("kedai", 5432, "setia", "kasir"));
        Files.writeString(setting.file(), "store=postgresql://kasir:rahsia@kedai/setia\n");
        assertThatThrownBy(setting::load).isInstanceOfSatisfying(StoreAddressException.class, e -> {
            assertThat(e.reasonKey()).isEqualTo("store.address.password");
            assertThat(e.address()).doesNotContain("rahsia");
        });
    }
}
