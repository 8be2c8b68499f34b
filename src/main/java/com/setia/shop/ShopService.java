package com.setia.shop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.setia.common.Currency;
import com.setia.common.Problem;
import com.setia.common.Refusal;

/** Reads and saves the shop settings; each call is one transaction. */
public final class ShopService {
    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 1000;
    static final int PHONE_MAX = 40;
    static final int PATH_MAX = 1000;

    static final String IMAGES = "images";

    private final Jdbi jdbi;
    private final Clock clock;
    /** The currency as last read or saved (null: not read yet); read once, then kept, as only this service writes it. */
    private volatile Optional<Currency> currency;
    /** The data folder, where copies of the logo and signature are kept; null keeps the paths as chosen. */
    private final Path dataDir;

    public ShopService(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, null);
    }

    public ShopService(Jdbi jdbi, Clock clock, Path dataDir) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dataDir = dataDir == null ? null : dataDir.toAbsolutePath().normalize();
    }

    /** The saved settings, or {@link ShopSettings#EMPTY} before the owner has saved any; image paths are absolute. */
    public ShopSettings load() {
        ShopSettings s = jdbi.withExtension(ShopSettingsDao.class, dao -> dao.find().orElse(ShopSettings.EMPTY));
        return s.withImages(resolve(s.logoPath()), resolve(s.signaturePath()));
    }

    /** The currency the owner chose in Settings, if any (callers fall back on {@link Currency#defaultFor}). */
    public Optional<Currency> currency() {
        Optional<Currency> known = currency;
        if (known == null) {
            known = jdbi.withExtension(ShopCurrencyDao.class, ShopCurrencyDao::find);
            currency = known;
        }
        return known;
    }

    /** The shop's currency: the one chosen in Settings, else RM for a Malay or English and Rp for an Indonesian window. */
    public Currency currencyFor(String languageTag) {
        return currency().orElse(Currency.defaultFor(languageTag));
    }

    /**
     * The shop's currency, fixed the first time Setia runs on this store: the one chosen in Settings, else the default
     * of the window's language then, stored, so amounts already recorded never change currency when the owner later
     * switches the window to another language.
     */
    public Currency settleCurrency(String languageTag) {
        Optional<Currency> stored = currency();
        return stored.isPresent() ? stored.get() : saveCurrency(Currency.defaultFor(languageTag));
    }

    /** Stores the shop's currency (one transaction). */
    public Currency saveCurrency(Currency chosen) {
        Objects.requireNonNull(chosen, "currency");
        jdbi.useTransaction(h -> save(h, chosen));
        currency = Optional.of(chosen);
        return chosen;
    }

    private void save(org.jdbi.v3.core.Handle h, Currency chosen) {
        ShopCurrencyDao dao = h.attach(ShopCurrencyDao.class);
        if (dao.update(chosen, clock.instant()) == 0) dao.insert(chosen, clock.instant());
    }

    /** What is wrong with these settings; empty when they can be saved. */
    public List<Problem> check(ShopSettings raw) {
        ShopSettings s = raw.normalised();
        List<Problem> problems = new ArrayList<>();
        if (tooLong(s.shopName(), NAME_MAX) || tooLong(s.ownerName(), NAME_MAX) || tooLong(s.ownerTitleMs(), NAME_MAX)
                || tooLong(s.ownerTitleId(), NAME_MAX) || tooLong(s.ownerTitleEn(), NAME_MAX)
                || tooLong(s.email(), NAME_MAX)) {
            problems.add(Problem.of("shop.error.tooLong", NAME_MAX));
        }
        if (tooLong(s.address(), ADDRESS_MAX)) {
            problems.add(Problem.of("shop.error.addressTooLong", ADDRESS_MAX));
        }
        if (tooLong(s.phone(), PHONE_MAX)) {
            problems.add(Problem.of("shop.error.phoneTooLong", PHONE_MAX));
        }
        if (tooLong(s.logoPath(), PATH_MAX) || tooLong(s.signaturePath(), PATH_MAX)) {
            problems.add(Problem.of("shop.error.pathTooLong"));
        }
        return problems;
    }

    public ShopSettings save(ShopSettings raw) {
        return save(raw, null);
    }

    /** Saves the letterhead and (unless null) the currency together: both or neither. */
    public ShopSettings save(ShopSettings raw, Currency chosenCurrency) {
        Refusal.throwIfAny(check(raw));
        ShopSettings chosen = raw.normalised();
        // Copies first: if one cannot be made, nothing is saved and the owner is told.
        ShopSettings s = chosen.withImages(adopt(chosen.logoPath(), "logo"), adopt(chosen.signaturePath(), "signature"));
        jdbi.useTransaction(h -> {
            h.attach(ShopSettingsDao.class).save(s, clock.instant());
            if (chosenCurrency != null) save(h, chosenCurrency);
        });
        if (chosenCurrency != null) currency = Optional.of(chosenCurrency);
        return load();
    }

    /**
     * A picture the owner chose, as stored: a copy in the data folder's {@code images}, named relative to the data
     * folder, so the letterhead survives the original being moved and goes with the folder into a backup. A path
     * already in there, or a file that is not there (the letter warns of it), stays as it is.
     */
    private String adopt(String path, String kind) {
        if (path == null || dataDir == null) {
            return path;
        }
        Path chosen = Path.of(path).toAbsolutePath().normalize();
        Path images = dataDir.resolve(IMAGES);
        if (chosen.startsWith(images)) {
            return dataDir.relativize(chosen).toString().replace('\\', '/');
        }
        if (!Files.isRegularFile(chosen)) {
            return path;
        }
        String name = chosen.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
        Path copy = images.resolve(kind + "-" + clock.millis() + ext);
        try {
            Files.createDirectories(images);
            Files.copy(chosen, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new Refusal(List.of(Problem.of("shop.error.imageCopy")), new IOException("Cannot copy " + chosen, e));
        }
        return IMAGES + "/" + copy.getFileName();
    }

    private String resolve(String stored) {
        if (stored == null || dataDir == null || Path.of(stored).isAbsolute()) {
            return stored;
        }
        return dataDir.resolve(stored).toString();
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }
}
