package com.setia.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.common.Problem;
import com.setia.common.Refusal;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class IncidentServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    IncidentService service;
    Customer siti;

    @BeforeEach
    void setUp() {
        service = store.services(clock).incidents();
        siti = store.services(clock).customers().create(CustomerDraft.named("Siti Aminah"));
    }

    private IncidentDraft draft(Instant at, String said) {
        return new IncidentDraft(siti.id(), at, Channel.WHATSAPP, said, Severity.HIGH, " a refund ",
                "\"I've been a customer for six years, but...\"");
    }

    @Test
    void logsAndReadsBackEveryField() {
        Instant at = clock.instant().minus(Duration.ofHours(3));
        Incident i = service.log(draft(at, "  Kain batik koyak semasa dihantar  "));
        Incident read = service.find(i.id()).orElseThrow();
        assertThat(read.customerId()).isEqualTo(siti.id());
        assertThat(read.occurredAt()).isEqualTo(at);
        assertThat(read.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(read.customerSaid()).isEqualTo("Kain batik koyak semasa dihantar");
        assertThat(read.severity()).isEqualTo(Severity.HIGH);
        assertThat(read.customerWants()).isEqualTo("a refund");
        assertThat(read.cues()).startsWith("\"I've been");
        assertThat(read.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void listsACustomersIncidentsNewestFirst() {
        Incident older = service.log(draft(clock.instant().minus(Duration.ofDays(2)), "late delivery"));
        Incident newer = service.log(draft(clock.instant().minus(Duration.ofHours(1)), "wrong size"));
        assertThat(service.forCustomer(siti.id())).extracting(Incident::id).containsExactly(newer.id(), older.id());
    }

    @Test
    void refusesMissingAndFutureInputAndStoresNothing() {
        assertThatThrownBy(() -> service.log(new IncidentDraft(siti.id(), clock.instant().plus(Duration.ofHours(2)), null, "  ",
                null, null, null)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKeys())
                        .containsExactly("incident.error.whenFuture", "incident.error.channelRequired",
                                "incident.error.saidRequired", "incident.error.severityRequired"));
        assertThatThrownBy(() -> service.log(draft(null, "x")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly(IncidentField.OCCURRED_AT));
        assertThat(service.forCustomer(siti.id())).isEmpty();
    }

    @Test
    void whatTheCustomerSaidCannotBeOnlyInvisibleCharacters() {
        assertThatThrownBy(() -> service.log(draft(clock.instant(), "\u200B\u00A0\u0000")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.on(IncidentField.CUSTOMER_SAID, "incident.error.saidRequired")));
        assertThat(service.log(draft(clock.instant(), "ko\u0000yak\u200B")).customerSaid()).isEqualTo("koyak");
        assertThat(service.forCustomer(siti.id())).hasSize(1);
    }

    @Test
    void tooLongNamesItsLimit() {
        assertThatThrownBy(() -> service.log(draft(clock.instant(), "x".repeat(IncidentService.SAID_MAX + 1))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.on(IncidentField.CUSTOMER_SAID, "incident.error.tooLong", IncidentService.SAID_MAX)));
    }
}
