package com.setia.letgo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.app.Services;
import com.setia.common.Refusal;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerStatus;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;
import com.setia.winback.CloseRequest;
import com.setia.winback.Outcome;

class LetGoServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    Services s;
    Customer rahman;

    @BeforeEach
    void setUp() {
        s = store.services(clock);
        rahman = s.customers().create(CustomerDraft.named("Encik Rahman"));
    }

    @Test
    void lettingGoClosesTheOpenCaseSetsTheStatusAndKeepsTheReason() {
        long k = s.winback().open(rahman.id(), null).winbackCase().id();
        LetGoDecision d = s.letGo().letGo(rahman.id(), "  Always demands more than our rules allow ");
        assertThat(d.reason()).isEqualTo("Always demands more than our rules allow");
        assertThat(s.customers().find(rahman.id()).orElseThrow().status()).isEqualTo(CustomerStatus.LET_GO);
        var c = s.winback().detail(k).winbackCase();
        assertThat(c.outcome()).isEqualTo(Outcome.LET_GO);
        assertThat(c.letGoReason()).isEqualTo("Always demands more than our rules allow");
        assertThat(s.letGo().current(rahman.id())).contains(d);
        assertThat(s.customers().idsWithStatus(CustomerStatus.LOST, 10)).isEmpty();
    }

    @Test
    void followUpsStopSoTodayNoLongerAsks() {
        long k = s.winback().open(rahman.id(), null).winbackCase().id();
        s.winback().close(k, CloseRequest.keepInTouch(LocalDate.of(2026, 3, 2), null).confirmingSkipped());
        clock.advance(Duration.ofDays(2));
        assertThat(s.winback().today()).hasSize(1);
        s.letGo().letGo(rahman.id(), "Moved away for good; asked us to stop calling");
        assertThat(s.winback().today()).isEmpty();
    }

    @Test
    void aReasonIsNeededAndNothingChangesWithout() {
        assertThatThrownBy(() -> s.letGo().letGo(rahman.id(), " \u200b ")).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKeys()).asList().containsExactly("letgo.error.reasonRequired");
        assertThat(s.customers().find(rahman.id()).orElseThrow().status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(s.letGo().current(rahman.id())).isEmpty();
    }

    @Test
    void takingBackMakesTheCustomerActiveAgain() {
        s.letGo().letGo(rahman.id(), "Rude to staff");
        assertThatThrownBy(() -> s.letGo().letGo(rahman.id(), "again")).isInstanceOf(Refusal.class);
        s.letGo().takeBack(rahman.id());
        assertThat(s.customers().find(rahman.id()).orElseThrow().status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(s.letGo().current(rahman.id())).isEmpty();
    }
}
