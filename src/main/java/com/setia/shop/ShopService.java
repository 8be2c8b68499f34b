package com.setia.shop;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jdbi.v3.core.Jdbi;

/** Reads and saves the shop settings; each call is one transaction. */
public final class ShopService {
    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 1000;
    static final int PHONE_MAX = 40;
    static final int PATH_MAX = 1000;

    private final Jdbi jdbi;
    private final Clock clock;

    public ShopService(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The saved settings, or {@link ShopSettings#EMPTY} before the owner has saved any. */
    public ShopSettings load() {
        return jdbi.withExtension(ShopSettingsDao.class, dao -> dao.find().orElse(ShopSettings.EMPTY));
    }

    /** The bundle keys of what is wrong with these settings; empty when they can be saved. */
    public List<String> check(ShopSettings raw) {
        ShopSettings s = raw.normalised();
        List<String> problems = new ArrayList<>();
        if (tooLong(s.shopName(), NAME_MAX) || tooLong(s.ownerName(), NAME_MAX) || tooLong(s.ownerTitle(), NAME_MAX)
                || tooLong(s.email(), NAME_MAX)) {
            problems.add("shop.error.tooLong");
        }
        if (tooLong(s.address(), ADDRESS_MAX)) {
            problems.add("shop.error.addressTooLong");
        }
        if (tooLong(s.phone(), PHONE_MAX)) {
            problems.add("shop.error.phoneTooLong");
        }
        if (tooLong(s.logoPath(), PATH_MAX) || tooLong(s.signaturePath(), PATH_MAX)) {
            problems.add("shop.error.pathTooLong");
        }
        return problems;
    }

    public ShopSettings save(ShopSettings raw) {
        List<String> problems = check(raw);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", problems));
        }
        ShopSettings s = raw.normalised();
        return jdbi.inTransaction(h -> {
            ShopSettingsDao dao = h.attach(ShopSettingsDao.class);
            dao.save(s, clock.instant());
            return dao.find().orElseThrow();
        });
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }
}
