package com.setia.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.setia.common.Currency;
import com.setia.common.Problem;
import com.setia.common.Refusal;
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
    void theOwnersTitleIsKeptPerLetterLanguage() {
        service.save(new ShopSettings("Toko", null, null, null, null, "Budi", "Pemilik kedai", "Pemilik toko ",
                " Owner", null));
        ShopSettings read = service.load();
        assertThat(read.ownerTitle(com.setia.i18n.Language.MS)).isEqualTo("Pemilik kedai");
        assertThat(read.ownerTitle(com.setia.i18n.Language.ID)).isEqualTo("Pemilik toko");
        assertThat(read.ownerTitle(com.setia.i18n.Language.EN)).isEqualTo("Owner");
        assertThatThrownBy(() -> service.save(new ShopSettings("Toko", null, null, null, null, "Budi", null, null,
                "x".repeat(201), null))).isInstanceOf(com.setia.common.Refusal.class);
        assertThat(service.load().ownerTitle(com.setia.i18n.Language.EN)).isEqualTo("Owner");
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
        assertThat(service.check(bad)).containsExactly(Problem.of("shop.error.tooLong", ShopService.NAME_MAX),
                Problem.of("shop.error.phoneTooLong", ShopService.PHONE_MAX));
        assertThatThrownBy(() -> service.save(bad)).isInstanceOf(Refusal.class);
        assertThat(service.load().shopName()).isEqualTo("A");
    }

    @Test
    void keepsItsOwnCopiesOfThePicturesInTheDataFolder(@TempDir Path home) throws Exception {
        Path data = home.resolve("data");
        Path original = Files.write(home.resolve("Logo Kedai.PNG"), new byte[] {1, 2, 3});
        ShopService withFolder = new ShopService(store.jdbi(), clock, data);

        ShopSettings saved = withFolder.save(new ShopSettings("Toko", null, null, null, original.toString(), "Budi",
                null, home.resolve("not-there.png").toString()));

        Path copy = Path.of(saved.logoPath());
        assertThat(copy.getParent()).isEqualTo(data.resolve("images"));
        assertThat(copy.getFileName().toString()).endsWith(".png");
        assertThat(Files.readAllBytes(copy)).containsExactly(1, 2, 3);
        assertThat(saved.signaturePath()).as("a missing file stays as chosen; the letter warns")
                .isEqualTo(home.resolve("not-there.png").toString());
        String stored = store.jdbi().withHandle(h -> h.createQuery("SELECT logo_path FROM shop_settings")
                .mapTo(String.class).one());
        assertThat(stored).as("relative to the data folder, so a restored backup finds it").startsWith("images/");

        Files.delete(original);
        assertThat(Files.exists(Path.of(withFolder.load().logoPath()))).isTrue();

        // Saving again does not copy the copy.
        withFolder.save(withFolder.load());
        try (var files = Files.list(data.resolve("images"))) {
            assertThat(files.count()).isEqualTo(1);
        }

        // The data folder moved (restored on another PC): the letterhead follows it.
        Path moved = home.resolve("restored");
        Files.move(data, moved);
        assertThat(Files.exists(Path.of(new ShopService(store.jdbi(), clock, moved).load().logoPath()))).isTrue();
    }

    @Test
    void aPictureThatCannotBeCopiedSavesNothing(@TempDir Path home) throws Exception {
        service.save(new ShopSettings("Lama", null, null, null, null, "B", null, null));
        Path data = Files.writeString(home.resolve("data"), "a file where the folder should be");
        Path logo = Files.write(home.resolve("logo.png"), new byte[] {1});
        ShopService withFolder = new ShopService(store.jdbi(), clock, data);
        assertThatThrownBy(() -> withFolder.save(new ShopSettings("Baru", null, null, null, logo.toString(), "B", null, null)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKeys()).containsExactly("shop.error.imageCopy"));
        assertThat(service.load().shopName()).isEqualTo("Lama");
    }

    @Test
    void theCurrencyIsChosenOnceAndKept() {
        assertThat(service.currency()).isEmpty();
        service.saveCurrency(Currency.IDR);
        assertThat(new ShopService(store.jdbi(), clock).currency()).contains(Currency.IDR);
        service.save(new ShopSettings("Kedai", null, null, null, null, "Siti", null, null), Currency.MYR);
        assertThat(new ShopService(store.jdbi(), clock).currency()).contains(Currency.MYR);
    }

    @Test
    void settingsRefusedMeansTheCurrencyIsNotChangedEither() {
        service.saveCurrency(Currency.MYR);
        ShopSettings bad = new ShopSettings("x".repeat(ShopService.NAME_MAX + 1), null, null, null, null, "B", null, null);
        assertThatThrownBy(() -> service.save(bad, Currency.IDR)).isInstanceOf(Refusal.class);
        assertThat(new ShopService(store.jdbi(), clock).currency()).contains(Currency.MYR);
    }

    @Test
    void theDefaultCurrencyIsSettledOnceSoAmountsNeverChangeCurrencyWithTheLanguage() {
        assertThat(service.settleCurrency("id")).isEqualTo(Currency.IDR);
        assertThat(service.settleCurrency("ms")).as("a Malay window later keeps the rupiah").isEqualTo(Currency.IDR);
        assertThat(new ShopService(store.jdbi(), clock).currencyFor("ms")).isEqualTo(Currency.IDR);
    }
}
