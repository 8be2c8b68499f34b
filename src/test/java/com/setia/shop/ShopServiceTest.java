package com.setia.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class ShopServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    ShopService service;

    @BeforeEach
    void setUp() {
        service = new ShopService(store.jdbi(), clock);
    }

    @Test
    void isEmptyBeforeTheOwnerSavesAnything() {
        assertThat(service.load()).isEqualTo(ShopSettings.EMPTY);
        assertThat(service.load().readyForLetters()).isFalse();
    }

    @Test
    void savesTrimmedAndReadsBackEveryField() {
        service.save(new ShopSettings(" Toko Makmur ", "Jl. Sudirman 5\r\nJakarta", "021 555 1234", "toko@makmur.id",
                "/home/x/logo.png", "Budi Santoso", "Pemilik", "/home/x/ttd.png"));
        ShopSettings read = service.load();
        assertThat(read).isEqualTo(new ShopSettings("Toko Makmur", "Jl. Sudirman 5\nJakarta", "021 555 1234",
                "toko@makmur.id", "/home/x/logo.png", "Budi Santoso", "Pemilik", "/home/x/ttd.png"));
        assertThat(read.readyForLetters()).isTrue();
    }

    @Test
    void savingAgainReplacesTheOneRowAndBlanksBecomeEmpty() {
        service.save(new ShopSettings("A", null, null, null, "/logo.png", "B", null, null));
        service.save(new ShopSettings("C", "", "  ", null, "", "D", null, null));
        assertThat(service.load()).isEqualTo(new ShopSettings("C", null, null, null, null, "D", null, null));
        int rows = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM shop_settings").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void refusesTooLongValuesAndKeepsTheOldOnes() {
        service.save(new ShopSettings("A", null, null, null, null, "B", null, null));
        ShopSettings bad = new ShopSettings("x".repeat(201), null, "1".repeat(41), null, null, "B", null, null);
        assertThat(service.check(bad)).containsExactly("shop.error.tooLong", "shop.error.phoneTooLong");
        assertThatThrownBy(() -> service.save(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThat(service.load().shopName()).isEqualTo("A");
    }
}
