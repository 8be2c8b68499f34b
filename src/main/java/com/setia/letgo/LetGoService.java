package com.setia.letgo;

import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.setia.common.Refusal;
import com.setia.common.Text;
import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.winback.WinbackService;

/**
 * Letting a customer go on purpose (domain.md section 5), from the customer's page: a decision with a reason, not the
 * same as lost. The status becomes LET_GO, an open case closes as let go, follow-ups stop, all in one transaction;
 * such customers are never counted as lost, and the dashboard counts them apart.
 */
public final class LetGoService {
    public static final int REASON_MAX = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;
    private final WinbackService winback;

    public LetGoService(Jdbi jdbi, Clock clock, CustomerService customers, WinbackService winback) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
        this.winback = winback;
    }

    public LetGoDecision letGo(long customerId, String reason) {
        String r = Text.blankToNull(reason);
        if (r == null) throw new Refusal("letgo.error.reasonRequired");
        if (r.length() > REASON_MAX) throw new Refusal("letgo.error.reasonTooLong", REASON_MAX);
        return jdbi.inTransaction(h -> {
            Customer c = customers.find(customerId).orElseThrow(() -> new NoSuchElementException("No customer " + customerId));
            if (c.status() == CustomerStatus.LET_GO) throw new Refusal("letgo.error.already");
            winback.letGo(customerId, r);
            customers.changeStatus(customerId, CustomerStatus.LET_GO);
            LetGoDao dao = h.attach(LetGoDao.class);
            dao.insert(customerId, clock.instant(), r);
            return dao.latest(customerId).orElseThrow();
        });
    }

    /** The owner welcomes the customer back: the decision ends and the customer is active again. */
    public void takeBack(long customerId) {
        jdbi.useTransaction(h -> {
            Customer c = customers.find(customerId).orElseThrow(() -> new NoSuchElementException("No customer " + customerId));
            if (c.status() != CustomerStatus.LET_GO) throw new Refusal("letgo.error.notLetGo");
            h.attach(LetGoDao.class).takeBack(customerId, clock.instant());
            customers.changeStatus(customerId, CustomerStatus.ACTIVE);
        });
    }

    /** The decision in force for this customer, if any. */
    public Optional<LetGoDecision> current(long customerId) {
        return jdbi.withExtension(LetGoDao.class, dao -> dao.latest(customerId)).filter(LetGoDecision::inForce);
    }
}
