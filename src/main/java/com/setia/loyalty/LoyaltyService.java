package com.setia.loyalty;

import com.setia.common.Problem;
import com.setia.common.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import com.setia.customer.CustomerService;

/** The six signs of a loyal customer, ticked per customer with the day each was seen. */
public final class LoyaltyService {
    public static final int NOTE_MAX = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;

    public LoyaltyService(Jdbi jdbi, Clock clock, CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
    }

    /** Ticks (or changes the day and note of) a sign. The day may not lie in the future. */
    public LoyaltyMark tick(long customerId, LoyaltySign sign, LocalDate seenOn, String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        List<String> problems = new ArrayList<>();
        if (sign == null) problems.add("loyalty.error.signRequired");
        if (seenOn == null) problems.add("loyalty.error.dateRequired");
        else if (seenOn.isAfter(LocalDate.now(clock))) problems.add("loyalty.error.future");
        if (n != null && n.length() > NOTE_MAX) problems.add("loyalty.error.noteTooLong");
        if (!problems.isEmpty()) throw new Refusal(problems.stream()
                .map(k -> k.equals("loyalty.error.noteTooLong") ? Problem.of(k, NOTE_MAX) : Problem.of(k)).toList());
        return jdbi.inTransaction(h -> {
            if (customers.find(customerId).isEmpty()) throw new Refusal("loyalty.error.noCustomer");
            LoyaltyDao dao = h.attach(LoyaltyDao.class);
            dao.delete(customerId, sign);
            dao.insert(customerId, sign, seenOn, n, clock.instant());
            return dao.forCustomer(customerId).stream().filter(m -> m.sign() == sign).findFirst().orElseThrow();
        });
    }

    public void untick(long customerId, LoyaltySign sign) {
        jdbi.useTransaction(h -> h.attach(LoyaltyDao.class).delete(customerId, sign));
    }

    /** The customer's ticked signs, in the signs' order. */
    public Map<LoyaltySign, LoyaltyMark> forCustomer(long customerId) {
        Map<LoyaltySign, LoyaltyMark> out = new EnumMap<>(LoyaltySign.class);
        jdbi.withExtension(LoyaltyDao.class, dao -> dao.forCustomer(customerId)).forEach(m -> out.put(m.sign(), m));
        return out;
    }
}
